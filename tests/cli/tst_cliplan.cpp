// headroom-cli plan in process: the sweep against the verdict on a multi-GPU FSDP plan, every plan
// field from a flag, --help, and docs/cli-json.md against the real JSON.
#include "app/cli/clicommands.h"
#include "core/io/planfile.h"
#include "core/model/techniques.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;

namespace {
struct Result
{
    int code;
    QString out;
    QString err;
};

Result runCli(const QStringList &args)
{
    cli::OutputCapture capture;
    const int code = cli::run(QStringList{QStringLiteral("headroom-cli")} + args);
    return {code, capture.out(), capture.err()};
}

QJsonObject planJson(const QStringList &args)
{
    const Result r =
        runCli(QStringList{QStringLiteral("plan")} + args + QStringList{QStringLiteral("--json")});
    if (r.code != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

const QString kSample = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/samples/sample.headroom");

// Every key path of a JSON value: "a.b", arrays as "a[]".
void keyPaths(const QJsonValue &v, const QString &path, QSet<QString> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            keyPaths(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            keyPaths(x, path + QStringLiteral("[]"), out);
    } else {
        out.insert(path);
    }
}
} // namespace

class TestCliPlan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION)); }

    // The bug: the sweep ignored FSDP's sharding and disagreed with the verdict. The sample
    // (Llama-2 7B LoRA, pure bf16, batch 4) on 2 × RTX 4090 with FSDP.
    void sweepAgreesWithVerdictOnFsdp()
    {
        const QStringList fsdp{kSample, QStringLiteral("--gpus"), QStringLiteral("2"),
                               QStringLiteral("--fsdp")};
        const QJsonObject o = planJson(fsdp);
        QCOMPARE(o[QStringLiteral("gpus")].toInt(), 2);
        QCOMPARE(o[QStringLiteral("per_gpu")].toObject()[QStringLiteral("zero_stage")].toInt(), 3);
        const double total = o[QStringLiteral("breakdown")].toObject()[QStringLiteral("total")].toDouble();
        const double visible = o[QStringLiteral("visible_bytes")].toDouble();
        const qint64 maxBatch = o[QStringLiteral("max_batch")].toInteger();
        QVERIFY(o[QStringLiteral("fits")].toBool());
        QVERIFY(maxBatch > 4);
        const QJsonArray sweep = o[QStringLiteral("sweep")].toArray();
        QSet<qint64> batches;
        double previous = 0;
        for (const QJsonValue &v : sweep) {
            const QJsonObject p = v.toObject();
            const qint64 batch = p[QStringLiteral("batch")].toInteger();
            const double bytes = p[QStringLiteral("total")].toDouble();
            QVERIFY(bytes > previous); // ascending batches, growing totals
            previous = bytes;
            QCOMPARE(p[QStringLiteral("fits")].toBool(), bytes <= visible);
            QCOMPARE(p[QStringLiteral("fits")].toBool(), batch <= maxBatch); // the verdict's limit
            batches.insert(batch);
            if (batch == 4)
                QCOMPARE(bytes, total);
        }
        // Powers of two up to max(8, 2 × max batch, 2 × batch), the plan's batch and the max batch.
        QVERIFY(batches.contains(4) && batches.contains(maxBatch) && batches.contains(1));
        qint64 top = 1;
        while (top * 2 <= std::max<qint64>(8, 2 * maxBatch))
            top *= 2;
        QVERIFY(batches.contains(top));
        // Each sweep point is the plan evaluated at that batch, sharded the same way.
        const QJsonObject atMax =
            planJson(fsdp + QStringList{QStringLiteral("--batch"), QString::number(maxBatch)});
        const QJsonObject beyond =
            planJson(fsdp + QStringList{QStringLiteral("--batch"), QString::number(maxBatch + 1)});
        QVERIFY(atMax[QStringLiteral("fits")].toBool());
        QVERIFY(!beyond[QStringLiteral("fits")].toBool());
        for (const QJsonValue &v : sweep)
            if (v[QStringLiteral("batch")].toInteger() == maxBatch)
                QCOMPARE(v[QStringLiteral("total")].toDouble(),
                         atMax[QStringLiteral("breakdown")].toObject()[QStringLiteral("total")].toDouble());
        // FSDP shards the model states: at batch 1 each GPU holds less than the one-GPU plan.
        const QJsonObject single = planJson({kSample});
        QVERIFY(sweep.first()[QStringLiteral("total")].toDouble() <
                single[QStringLiteral("sweep")].toArray().first()[QStringLiteral("total")].toDouble());

        // The text verdict names the model, the GPUs and the same limit.
        const Result text = runCli({QStringLiteral("plan"), kSample, QStringLiteral("--gpus"),
                                    QStringLiteral("2"), QStringLiteral("--fsdp")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Verdict:   Fits: Llama-2 7B needs")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("on 2 × NVIDIA GeForce RTX 4090")));
        QVERIFY(text.out.contains(QStringLiteral("Largest micro-batch that fits: %1.").arg(maxBatch)));
    }

    // Every field of a plan file's workload, hardware and assumptions, set by flags and saved.
    void everyPlanFieldHasAFlag()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.headroom"));
        const Result r = runCli({QStringLiteral("plan"),
                                 QStringLiteral("--preset"),
                                 QStringLiteral("llama-2-7b"),
                                 QStringLiteral("--name"),
                                 QStringLiteral("flags"),
                                 QStringLiteral("--notes"),
                                 QStringLiteral("from flags"),
                                 QStringLiteral("--fine-tune"),
                                 QStringLiteral("qlora"),
                                 QStringLiteral("--lora-rank"),
                                 QStringLiteral("64"),
                                 QStringLiteral("--lora-targets"),
                                 QStringLiteral("qkvom"),
                                 QStringLiteral("--lora-dropout"),
                                 QStringLiteral("0.1"),
                                 QStringLiteral("--technique"),
                                 QStringLiteral("chunked_ce"),
                                 QStringLiteral("--technique"),
                                 QStringLiteral("activation_offload"),
                                 QStringLiteral("--batch"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--grad-accum"),
                                 QStringLiteral("5"),
                                 QStringLiteral("--seq"),
                                 QStringLiteral("1024"),
                                 QStringLiteral("--precision"),
                                 QStringLiteral("bf16"),
                                 QStringLiteral("--optimizer"),
                                 QStringLiteral("lion"),
                                 QStringLiteral("--checkpointing"),
                                 QStringLiteral("selective"),
                                 QStringLiteral("--flash-attention"),
                                 QStringLiteral("--no-master-weights"),
                                 QStringLiteral("--context"),
                                 QStringLiteral("2048"),
                                 QStringLiteral("--kv-precision"),
                                 QStringLiteral("fp8"),
                                 QStringLiteral("--gpu"),
                                 QStringLiteral("h100-sxm"),
                                 QStringLiteral("--gpus"),
                                 QStringLiteral("16"),
                                 QStringLiteral("--nodes"),
                                 QStringLiteral("2"),
                                 QStringLiteral("--zero"),
                                 QStringLiteral("1"),
                                 QStringLiteral("--offload"),
                                 QStringLiteral("optimizer"),
                                 QStringLiteral("--tp"),
                                 QStringLiteral("2"),
                                 QStringLiteral("--sp"),
                                 QStringLiteral("--pp"),
                                 QStringLiteral("2"),
                                 QStringLiteral("--in-flight"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--set"),
                                 QStringLiteral("cuda_context_mib=512"),
                                 QStringLiteral("--set"),
                                 QStringLiteral("allocator_fragmentation = 0.2"),
                                 QStringLiteral("--save"),
                                 path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Plan plan;
        QString error;
        QVERIFY2(PlanFile::load(path, plan, &error), qPrintable(error));
        const Workload &w = plan.workload;
        QCOMPARE(plan.name, QStringLiteral("flags"));
        QCOMPARE(plan.notes, QStringLiteral("from flags"));
        QCOMPARE(w.mode, Mode::FineTuning); // implied by --fine-tune
        QCOMPARE(w.fineTuneMethod, FineTuneMethod::QLoRA);
        QCOMPARE(w.loraRank, 64);
        QCOMPARE(w.loraTargets, unsigned(LoraAllLinear));
        QCOMPARE(w.loraDropout, 0.1);
        QCOMPARE(w.techniques, unsigned(TechniqueChunkedCrossEntropy | TechniqueActivationOffload));
        QCOMPARE(w.microBatch, 3);
        QCOMPARE(w.gradientAccumulation, 5);
        QCOMPARE(w.sequenceLength, 1024);
        QCOMPARE(w.precision, Precision::BF16);
        QCOMPARE(w.optimizer, Optimizer::Lion);
        QCOMPARE(w.checkpointing, Checkpointing::Selective);
        QVERIFY(w.flashAttention);
        QVERIFY(!w.masterWeights);
        QCOMPARE(w.contextLength, 2048);
        QCOMPARE(w.kvCachePrecision, Precision::FP8);
        QCOMPARE(plan.hardware.gpuId, QStringLiteral("h100-sxm"));
        QCOMPARE(plan.hardware.gpuCount, 16);
        const Parallelism &par = plan.hardware.parallelism;
        QCOMPARE(par.nodes, 2);
        QCOMPARE(par.zeroStage, 1);
        QCOMPARE(par.offload, CpuOffload::Optimizer);
        QCOMPARE(par.tensorParallel, 2);
        QVERIFY(par.sequenceParallel);
        QCOMPARE(par.pipelineParallel, 2);
        QCOMPARE(par.microBatchesInFlight, 3);
        QCOMPARE(plan.assumptions.value(AssumptionId::CudaContextMiB), 512.0);
        QCOMPARE(plan.assumptions.value(AssumptionId::AllocatorFragmentation), 0.2);
        // FSDP and the image size, on models where they apply.
        const QJsonObject fsdp = planJson(
            {QStringLiteral("--preset"), QStringLiteral("resnet50"), QStringLiteral("--image"),
             QStringLiteral("160"), QStringLiteral("--gpus"), QStringLiteral("2"), QStringLiteral("--fsdp")});
        QCOMPARE(fsdp[QStringLiteral("input_shape")].toString(), QStringLiteral("3×160×160"));
        QCOMPARE(fsdp[QStringLiteral("per_gpu")].toObject()[QStringLiteral("zero_stage")].toInt(), 3);
    }

    // The new flags change the numbers the way the model says: QLoRA stores the base in NF4
    // (4.127 bits per parameter, Dettmers et al. 2023), LoRA trains only the adapters.
    void fineTuneFlagsReachTheModel()
    {
        const QStringList base{QStringLiteral("--preset"), QStringLiteral("llama-2-7b"),
                               QStringLiteral("--seq"),    QStringLiteral("512"),
                               QStringLiteral("--batch"),  QStringLiteral("1")};
        const QJsonObject full =
            planJson(base + QStringList{QStringLiteral("--fine-tune"), QStringLiteral("full")});
        const QJsonObject lora =
            planJson(base + QStringList{QStringLiteral("--fine-tune"), QStringLiteral("lora")});
        const QJsonObject qlora =
            planJson(base + QStringList{QStringLiteral("--fine-tune"), QStringLiteral("qlora")});
        const double params = full[QStringLiteral("params")].toDouble();
        QCOMPARE(full[QStringLiteral("trainable_params")].toDouble(), params);
        // Llama-2 7B, rank 16 on q and v (the default): 32 layers × 2 × 16 × (4096 + 4096).
        QCOMPARE(lora[QStringLiteral("trainable_params")].toDouble(), 32.0 * 2 * 16 * (4096 + 4096));
        const QJsonObject rank8 =
            planJson(base + QStringList{QStringLiteral("--fine-tune"), QStringLiteral("lora"),
                                        QStringLiteral("--lora-rank"), QStringLiteral("8")});
        QCOMPARE(rank8[QStringLiteral("trainable_params")].toDouble(), 32.0 * 2 * 8 * (4096 + 4096));
        const double w16 = lora[QStringLiteral("breakdown")].toObject()[QStringLiteral("weights")].toDouble();
        const double w4 = qlora[QStringLiteral("breakdown")].toObject()[QStringLiteral("weights")].toDouble();
        QVERIFY2(w4 < 0.3 * w16, qPrintable(QStringLiteral("%1 vs %2").arg(w4).arg(w16)));
        // --set reaches the assumption: the CUDA context component is exactly it.
        const QJsonObject ctx =
            planJson(base + QStringList{QStringLiteral("--set"), QStringLiteral("cuda_context_mib=100")});
        QCOMPARE(ctx[QStringLiteral("breakdown")].toObject()[QStringLiteral("context")].toDouble(),
                 100.0 * 1024 * 1024);
    }

    void badFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList gpt2{QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("gpt2")};
        QTest::newRow("fine-tune method")
            << gpt2 + QStringList{QStringLiteral("--fine-tune"), QStringLiteral("freeze")}
            << "--fine-tune: \"freeze\" is not one of full, lora, qlora";
        QTest::newRow("fine-tune with inference")
            << gpt2 + QStringList{QStringLiteral("--fine-tune"), QStringLiteral("lora"),
                                  QStringLiteral("--mode"), QStringLiteral("inference")}
            << "--fine-tune needs --mode finetune";
        QTest::newRow("lora rank") << gpt2 + QStringList{QStringLiteral("--lora-rank"), QStringLiteral("0")}
                                   << "--lora-rank must be a whole number from 1 to 65536";
        QTest::newRow("lora targets")
            << gpt2 + QStringList{QStringLiteral("--lora-targets"), QStringLiteral("qx")}
            << "--lora-targets: \"qx\" is not one of";
        QTest::newRow("kv precision")
            << gpt2 + QStringList{QStringLiteral("--kv-precision"), QStringLiteral("fp7")}
            << "--kv-precision: \"fp7\" is not one of";
        QTest::newRow("set without =")
            << gpt2 + QStringList{QStringLiteral("--set"), QStringLiteral("cuda_context_mib")}
            << "--set needs KEY=VALUE";
        QTest::newRow("set unknown") << gpt2 + QStringList{QStringLiteral("--set"),
                                                           QStringLiteral("warp_factor=9")}
                                     << "unknown assumption \"warp_factor\"";
        QTest::newRow("set not a number")
            << gpt2 + QStringList{QStringLiteral("--set"), QStringLiteral("cuda_context_mib=lots")}
            << "--set cuda_context_mib: must be a number";
        QTest::newRow("set out of range")
            << gpt2 + QStringList{QStringLiteral("--set"), QStringLiteral("cuda_context_mib=-1")}
            << "--set cuda_context_mib:";
    }

    void badFlags()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runCli(args);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void helpListsEveryFlagAndCommand()
    {
        const Result r = runCli({QStringLiteral("plan"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *flag : {"--fine-tune", "--lora-rank", "--lora-targets", "--no-master-weights",
                                 "--kv-precision", "--set", "--name", "--notes", "--fsdp", "--save"})
            QVERIFY2(r.out.contains(QLatin1String(flag)), flag);
        QVERIFY(r.out.contains(QStringLiteral("cuda_context_mib (MiB)"))); // --set names every key
        QVERIFY(r.out.contains(QStringLiteral("nvme_mbs (MB/s)")));
        const Result usage = runCli({QStringLiteral("--help")});
        for (const cli::Command &c : cli::commands()) {
            QVERIFY2(usage.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(c.name))), c.name);
            QVERIFY(usage.out.contains(QLatin1String(c.summary)));
        }
        QCOMPARE(cli::commands().size(), std::size_t(9));
    }

    // `launch --format deepspeed` prints the ds_config.json itself, the same object as --json's;
    // --profile on the same line reaches the Trainer's --optim.
    void launchWritesTheDeepSpeedConfig()
    {
        const QStringList plan{
            QStringLiteral("--preset"), QStringLiteral("gpt2"),      QStringLiteral("--gpus"),
            QStringLiteral("4"),        QStringLiteral("--zero"),    QStringLiteral("2"),
            QStringLiteral("--batch"),  QStringLiteral("6"),         QStringLiteral("--grad-accum"),
            QStringLiteral("3"),        QStringLiteral("--profile"), QStringLiteral("hf-trainer")};
        const Result ds = runCli(QStringList{QStringLiteral("launch")} + plan +
                                 QStringList{QStringLiteral("--format"), QStringLiteral("deepspeed")});
        QCOMPARE(ds.code, 0);
        const QJsonObject config = QJsonDocument::fromJson(ds.out.toUtf8()).object();
        QCOMPARE(config.value(QStringLiteral("train_batch_size")).toInt(), 6 * 3 * 4);
        QCOMPARE(config.value(QStringLiteral("zero_optimization"))
                     .toObject()
                     .value(QStringLiteral("stage"))
                     .toInt(),
                 2);
        const Result json =
            runCli(QStringList{QStringLiteral("launch")} + plan + QStringList{QStringLiteral("--json")});
        const QJsonObject all = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(all.value(QStringLiteral("deepspeed_config")).toObject(), config);
        QVERIFY(all.value(QStringLiteral("trainer_arguments"))
                    .toString()
                    .contains(QStringLiteral("adamw_torch_fused")));
        const Result bad =
            runCli({QStringLiteral("launch"), QStringLiteral("--preset"), QStringLiteral("gpt2"),
                    QStringLiteral("--format"), QStringLiteral("yaml")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("torchtune")));
    }

    // docs/cli-json.md lists exactly the keys `plan --json` prints.
    void jsonDocumentMatchesOutput()
    {
        QFile doc(QStringLiteral(HEADROOM_SOURCE_DIR "/docs/cli-json.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QSet<QString> documented;
        const QRegularExpression row(QStringLiteral("^\\| `([a-z0-9_.\\[\\]]+)` \\|"));
        for (const QString &line : QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n')))
            if (const QRegularExpressionMatch m = row.match(line); m.hasMatch())
                documented.insert(m.captured(1));
        QVERIFY(documented.size() > 100);
        QSet<QString> printed;
        for (const QStringList &args :
             {QStringList{kSample},
              QStringList{kSample, QStringLiteral("--gpus"), QStringLiteral("2"), QStringLiteral("--fsdp")},
              QStringList{QStringLiteral("--preset"), QStringLiteral("llama-2-7b"), QStringLiteral("--mode"),
                          QStringLiteral("inference"), QStringLiteral("--gpu"), QStringLiteral("h100-sxm"),
                          QStringLiteral("--profile"), QStringLiteral("torchtune"), QStringLiteral("--set"),
                          QStringLiteral("cuda_context_mib=512")}}) {
            QSet<QString> keys;
            keyPaths(planJson(args), QString(), keys);
            QVERIFY(keys.size() > 100);
            printed.unite(keys);
        }
        QStringList undocumented, missing;
        for (const QString &k : printed)
            if (!documented.contains(k))
                undocumented << k;
        for (const QString &k : documented)
            if (!printed.contains(k))
                missing << k;
        undocumented.sort();
        missing.sort();
        QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("not in docs/cli-json.md: ") +
                                                    undocumented.join(QLatin1Char(' '))));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("documented but not printed: ") + missing.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cliplan.moc"
