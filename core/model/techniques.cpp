#include "core/model/techniques.h"

#include <QCoreApplication>
#include <QStringList>

namespace headroom {

const std::vector<TechniqueInfo> &techniqueTable()
{
    static const std::vector<TechniqueInfo> table = {
        {TechniqueChunkedCrossEntropy, "chunked_ce", QT_TRANSLATE_NOOP("Technique", "Chunked cross-entropy"),
         QT_TRANSLATE_NOOP("Technique",
                           "torchtune's CEWithChunkedOutputLoss: the output head returns 8 chunks of bf16 "
                           "logits and each is upcast to fp32 for the loss alone, so only one chunk's fp32 "
                           "copy and gradients exist at a time (torchtune/modules/loss).")},
        {TechniqueFusedCrossEntropy, "fused_ce", QT_TRANSLATE_NOOP("Technique", "Fused linear cross-entropy"),
         QT_TRANSLATE_NOOP(
             "Technique",
             "Liger's LigerFusedLinearCrossEntropyLoss (also in Unsloth): the output head and the "
             "loss run chunk by chunk, about vocabulary ÷ hidden chunks, and the input gradient "
             "is computed in the forward pass; the full logits never exist "
             "(liger_kernel/ops/fused_linear_cross_entropy.py).")},
        {TechniqueOptimizerInBackward, "optimizer_in_backward",
         QT_TRANSLATE_NOOP("Technique", "Optimizer step in backward"),
         QT_TRANSLATE_NOOP("Technique",
                           "torchtune's optimizer_in_bwd: one optimizer per parameter, stepped from a "
                           "post-accumulate-grad hook, which frees the gradient at once: the gradients of "
                           "a step never all exist. Needs gradient accumulation 1.")},
        {TechniqueActivationOffload, "activation_offload",
         QT_TRANSLATE_NOOP("Technique", "Activation offloading"),
         QT_TRANSLATE_NOOP("Technique",
                           "torchtune's enable_activation_offloading (saved_tensors_hooks that copy saved "
                           "tensors to pinned host memory on a side stream): the GPU keeps about one "
                           "layer's saved tensors, the host keeps the rest in pinned RAM.")},
    };
    return table;
}

std::optional<Technique> techniqueFromId(const QString &id)
{
    for (const TechniqueInfo &t : techniqueTable())
        if (id == QLatin1String(t.id))
            return t.technique;
    return std::nullopt;
}

namespace {
const TechniqueInfo *infoOf(Technique t)
{
    for (const TechniqueInfo &info : techniqueTable())
        if (info.technique == t)
            return &info;
    return nullptr;
}
} // namespace

QString techniqueId(Technique t)
{
    const TechniqueInfo *info = infoOf(t);
    return info ? QString::fromLatin1(info->id) : QString();
}

QString techniqueLabel(Technique t)
{
    const TechniqueInfo *info = infoOf(t);
    return info ? QCoreApplication::translate("Technique", info->label) : QString();
}

QString techniqueSource(Technique t)
{
    const TechniqueInfo *info = infoOf(t);
    return info ? QCoreApplication::translate("Technique", info->source) : QString();
}

QString techniqueIdList()
{
    QStringList ids;
    for (const TechniqueInfo &t : techniqueTable())
        ids << QString::fromLatin1(t.id);
    return ids.join(QStringLiteral(", "));
}

QString techniqueLabels(unsigned techniques)
{
    QStringList labels;
    for (const TechniqueInfo &t : techniqueTable())
        if (techniques & t.technique)
            labels << QCoreApplication::translate("Technique", t.label);
    return labels.join(QStringLiteral(", "));
}

} // namespace headroom
