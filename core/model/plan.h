#pragma once

#include "core/hardware/parallelism.h"
#include "core/model/architecture.h"
#include "core/model/assumptions.h"
#include "core/model/workload.h"

#include <QString>

#include <vector>

namespace headroom {

struct HardwareChoice
{
    QString gpuId = QStringLiteral("rtx-4090");
    int gpuCount = 1; // N, all nodes together
    Parallelism parallelism;

    ParallelLayout layout() const { return ParallelLayout::of(parallelism, gpuCount); }
    bool operator==(const HardwareChoice &o) const = default;
};

struct Plan;

// A named alternative pinned next to the plan: a full copy of what can differ between two
// configurations (model, workload, hardware with its parallel layout, assumptions).
struct Scenario
{
    QString name;
    Architecture architecture;
    Workload workload;
    HardwareChoice hardware;
    Assumptions assumptions;

    static Scenario fromPlan(const Plan &plan, const QString &name);
    // The plan this scenario describes (name, notes and no scenarios of its own).
    Plan toPlan() const;

    bool operator==(const Scenario &o) const = default;
};

// The document a user edits and saves: a model, what to do with it, on what hardware, under
// which assumptions.
struct Plan
{
    QString name;
    Architecture architecture;
    Workload workload;
    HardwareChoice hardware;
    Assumptions assumptions;
    QString notes;
    std::vector<Scenario> scenarios; // pinned alternatives for the comparison (none: no comparison)

    bool operator==(const Plan &o) const = default;
};

inline Scenario Scenario::fromPlan(const Plan &plan, const QString &name)
{
    return Scenario{name, plan.architecture, plan.workload, plan.hardware, plan.assumptions};
}

inline Plan Scenario::toPlan() const
{
    Plan p;
    p.name = name;
    p.architecture = architecture;
    p.workload = workload;
    p.hardware = hardware;
    p.assumptions = assumptions;
    return p;
}

} // namespace headroom
