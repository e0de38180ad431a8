// `headroom-cli plan`: memory, verdict, sweep, speed, cost, host RAM and storage of one plan.
#include "app/cli/clicommands.h"

#include "app/cli/planoptions.h"
#include "core/common/units.h"
#include "core/io/planfile.h"
#include "core/model/runtimeprofile.h"
#include "core/results/batchsweep.h"
#include "core/results/hardwarereport.h"
#include "core/results/verdict.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace headroom::cli {

namespace {

void printPlan(const Plan &plan, const PlanEvaluation &e)
{
    const CompiledModel &m = e.model;
    const MemoryBreakdown &b = e.memory;
    const Workload &w = plan.workload;
    QTextStream &o = out();
    o << Cli::tr("Model:     %1 (%2 parameters, input %3)")
             .arg(plan.architecture.name, formatInteger(m.parameters), m.input.toString())
      << '\n';
    o << Cli::tr("Workload:  %1, %2 %3, %4, %5, checkpointing %6")
             .arg(modeName(w.mode))
             .arg(w.mode == Mode::Inference ? Cli::tr("sequences") : Cli::tr("micro-batch"))
             .arg(w.microBatch)
             .arg(precisionName(w.precision),
                  w.mode == Mode::Inference ? Cli::tr("context %1").arg(w.contextLength)
                                            : optimizerName(w.optimizer),
                  checkpointingName(w.checkpointing))
      << '\n';
    o << Cli::tr("Runtime:   %1").arg(runtimeProfileSummary(w, plan.assumptions)) << '\n';
    if (e.gpu)
        o << Cli::tr("GPU:       %1 (%2 GiB)").arg(e.gpu->name).arg(e.gpu->memoryGiB) << '\n';
    else
        o << Cli::tr("GPU:       %1 is not in the catalog").arg(plan.hardware.gpuId) << '\n';
    o << '\n'
      << pad(Cli::tr("Component"), 26) << pad(Cli::tr("Memory"), 13) << pad(Cli::tr("Share"), 8)
      << Cli::tr("Formula") << '\n';
    for (int i = 0; i < kComponentCount; ++i) {
        const auto c = Component(i);
        const double share = b.total > 0 ? b.component[i] / b.total * 100.0 : 0;
        o << pad(componentName(c), 26) << pad(formatBytes(b.component[i]), 13)
          << pad(QStringLiteral("%1%").arg(num(share, 'f', 1)), 8)
          << MemoryModel::formula(c, b, m, w, plan.assumptions) << '\n';
    }
    o << pad(Cli::tr("Total"), 26) << formatBytes(b.total) << '\n' << '\n';
    if (e.gpu) {
        o << Cli::tr("GPU memory %1, driver reserve %2, visible %3, usable after the CUDA context %4")
                 .arg(formatBytes(b.capacity), formatBytes(b.driverReserve), formatBytes(b.visible),
                      formatBytes(b.usable))
          << '\n';
    }
    const Verdict v = Verdict::of(plan, e);
    o << Cli::tr("Verdict:   %1").arg(v.sentence()) << '\n';
    for (const QString &warning : v.warnings)
        o << Cli::tr("Warning:   %1").arg(warning) << '\n';
    o.flush();
}

void printHardware(const PlanEvaluation &e, const HardwareReport &r)
{
    QTextStream &o = out();
    const QString parallel = MemoryModel::parallelismFormula(e.memory, e.model);
    if (!parallel.isEmpty())
        o << Cli::tr("Per GPU:   %1").arg(parallel) << '\n';
    const ThroughputEstimate &t = r.throughput;
    if (t.valid) {
        o << Cli::tr("Speed:     %1 samples/s%2 (step %3 s; %4 TFLOPS %5 peak × %6 MFU%7%8)")
                 .arg(num(t.samplesPerSecond, 'g', 4))
                 .arg(t.tokensPerSecond > 0 ? Cli::tr(", %1 tokens/s").arg(num(t.tokensPerSecond, 'g', 4))
                                            : QString())
                 .arg(num(t.stepSeconds, 'g', 4))
                 .arg(num(t.peakTflops, 'g', 6))
                 .arg(t.peakColumn)
                 .arg(num(t.mfu, 'g', 6))
                 .arg(t.allReduceSeconds > 0 ? Cli::tr("; all-reduce %1 s over %2")
                                                   .arg(num(t.allReduceSeconds, 'g', 3))
                                                   .arg(t.link.label)
                                             : QString())
                 .arg(t.bubbleFraction > 0
                          ? Cli::tr("; pipeline bubble %1%").arg(num(t.bubbleFraction * 100, 'f', 1))
                          : QString())
          << '\n';
        if (r.inference.valid) {
            const InferenceSpeed &s = r.inference;
            o << Cli::tr("Decoding:  %1 tokens/s per sequence, %2 tokens/s for all %3 (%4-bound: %5 read per "
                         "step at "
                         "%6% of %7 GB/s); prefill %8 tokens/s, first token after %9 s")
                     .arg(num(s.decodeTokensPerSecondPerSequence, 'g', 4))
                     .arg(num(s.decodeTokensPerSecond, 'g', 4))
                     .arg(e.memory.batch)
                     .arg(s.decodeMemoryBound ? Cli::tr("memory") : Cli::tr("compute"))
                     .arg(formatBytes(s.bytesPerDecodeStep))
                     .arg(num(s.bandwidthEfficiency * 100, 'g', 3))
                     .arg(num(s.bandwidthGBs, 'g', 5))
                     .arg(num(s.prefillTokensPerSecond, 'g', 4))
                     .arg(num(s.timeToFirstTokenSeconds, 'g', 3))
              << '\n';
        }
        if (e.memory.layout.gpus > 1)
            o << Cli::tr("Scaling:   %1% efficiency vs one GPU (computed); rule of thumb from the article: "
                         "~85% at 8 "
                         "GPUs")
                     .arg(num(t.scalingEfficiency * 100, 'f', 1))
              << '\n';
        o << Cli::tr("Run:       %1 samples in %2 h (%3 GPU-hours), %4 kWh; cost %5 %6 (%7), %8 per million "
                     "samples; "
                     "GPUs cost %9 to buy")
                 .arg(num(t.runSamples, 'f', 0))
                 .arg(num(t.runHours, 'g', 4))
                 .arg(num(t.gpuHours, 'g', 4))
                 .arg(num(t.energyKWh, 'g', 4))
                 .arg(num(t.runCost, 'f', 2))
                 .arg(t.currency)
                 .arg(t.rented ? Cli::tr("rented") : Cli::tr("owned: amortised + energy"))
                 .arg(num(t.costPerMillionSamples, 'f', 2))
                 .arg(num(t.purchaseCost, 'f', 0))
          << '\n';
    }
    const SystemPlan &s = r.system;
    o << Cli::tr("Host RAM:  %1 per node as %2 × %3 GB DIMMs (%4 %5); plan needs %6, rule of thumb %7")
             .arg(formatBytes(s.recommendedBytes))
             .arg(s.dimms.count)
             .arg(s.dimms.sizeGiB)
             .arg(num(s.ramCost, 'f', 0))
             .arg(r.throughput.currency, formatBytes(s.neededBytes), formatBytes(s.ruleOfThumbBytes))
      << '\n';
    o << Cli::tr("Host:      %1 CPU cores, PSU %2 (%3 W needed), %4 PCIe lanes: %5")
             .arg(s.cpuCores)
             .arg(s.psuRecommendedW > 0 ? Cli::tr("%1 W").arg(s.psuRecommendedW)
                                        : Cli::tr("of several supplies"))
             .arg(num(s.psuWatts, 'f', 0))
             .arg(s.pcieLanesNeeded)
             .arg(s.platform)
      << '\n';
    const StoragePlan &st = r.storage;
    o << Cli::tr("Storage:   %1 (dataset %2 + %3 × checkpoint %4 + logs %5): SSD %6, HDD %7, hybrid %8 %9")
             .arg(formatBytes(st.totalBytes, ByteUnits::Decimal),
                  formatBytes(st.datasetBytes, ByteUnits::Decimal))
             .arg(st.checkpointsKept)
             .arg(formatBytes(st.checkpointBytes, ByteUnits::Decimal),
                  formatBytes(st.logBytes, ByteUnits::Decimal))
             .arg(num(st.ssdCost, 'f', 2))
             .arg(num(st.hddCost, 'f', 2))
             .arg(num(st.hybridCost, 'f', 2))
             .arg(st.currency)
      << '\n';
    o << Cli::tr("Input I/O: %1 MB/s needed; HDD %2, SATA SSD %3, NVMe %4")
             .arg(num(st.requiredMBs, 'g', 4))
             .arg(st.media[0].ioBound ? Cli::tr("I/O-bound") : Cli::tr("keeps up"))
             .arg(st.media[1].ioBound ? Cli::tr("I/O-bound") : Cli::tr("keeps up"))
             .arg(st.media[2].ioBound ? Cli::tr("I/O-bound") : Cli::tr("keeps up"))
      << '\n';
    o.flush();
}

} // namespace

int commandPlan(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr(
        "Computes the per-GPU memory breakdown, speed, cost, host RAM and storage of a plan. Flags override "
        "the file."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"),
                            Cli::tr("A .headroom plan file (optional with --preset)."),
                            QStringLiteral("[FILE.headroom]"));
    const PlanOptions o;
    o.addTo(p);
    const QCommandLineOption save(QStringLiteral("save"),
                                  Cli::tr("Also write the plan (with the flags applied) to FILE."),
                                  QStringLiteral("FILE"));
    p.addOption(save);
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    PlanSetup setup;
    if (const int rc = buildPlan(p, o, true, setup); rc != Ok)
        return rc;
    Plan &plan = setup.plan;

    PlanEvaluator evaluator;
    const PlanEvaluation e = evaluator.evaluate(plan);
    if (!e.ok())
        return fail(InvalidInput, e.error);
    if (p.isSet(save)) {
        QString error;
        if (!PlanFile::save(p.value(save), plan, &error))
            return fail(InvalidInput, error);
    }
    const HardwareReport r = HardwareReport::build(plan, e, setup.run, setup.storage);
    if (p.isSet(o.json)) {
        QJsonObject j = PlanEvaluator::toJson(plan, e);
        r.addTo(j, e);
        j.insert(QStringLiteral("sweep"), BatchSweep::compute(plan, e).toJson());
        j.insert(QStringLiteral("verdict"), Verdict::of(plan, e).toJson());
        printJson(j);
    } else {
        printPlan(plan, e);
        printHardware(e, r);
    }
    return Ok;
}

} // namespace headroom::cli
