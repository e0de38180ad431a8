#pragma once

#include "core/model/plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace headroom {

// The launch configurations that run a training plan as planned: the same micro-batch,
// accumulation, precision, sharding, offload, checkpointing and memory techniques, written for the
// tools people start runs with. Flags and keys follow each tool's own documentation and code
// (cited where written). `notes` says what a launcher cannot express or where its memory differs
// from the plan; a plan it does not apply to (inference) gets only a note.
struct LaunchConfigs
{
    Q_DECLARE_TR_FUNCTIONS(LaunchConfigs)
public:
    bool training = false;
    QJsonObject deepspeedConfig; // ds_config.json
    QString torchrun;            // torchrun --nnodes … train.py
    QString accelerate;          // accelerate launch … train.py
    QString trainerArguments;    // transformers.TrainingArguments flags for a Trainer script
    QString torchtune;           // tune run RECIPE --config CONFIG key=value …
    QStringList notes;

    static LaunchConfigs of(const Plan &plan);
    QJsonObject toJson() const;
};

} // namespace headroom
