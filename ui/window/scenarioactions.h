#pragma once

#include "ui/document/plandocument.h"

#include <QCoreApplication>

namespace headroom::ui {

// Scenario edits on the document, each one undoable step.
class ScenarioActions
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioActions)
public:
    // "2× RTX 3090, GPT-2": what a pinned copy of the plan is called by default.
    static QString defaultName(const Plan &plan);
    static void pin(PlanDocument *doc, const QString &name);
    // Pins the Recommender's best `count` configurations (by cost) as scenarios of the current
    // workload. Returns how many were added; sets `error` when none fits.
    static int pinRecommendations(PlanDocument *doc, int count = 3, QString *error = nullptr);
};

} // namespace headroom::ui
