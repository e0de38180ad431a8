// Value equality of the plan's types: every member takes part (operator== is defaulted), except a
// node's id, which is identity and not content. PlanDocument::edit drops an edit whose plan
// compares equal to the one before, so a member missed here would lose the user's edit.
#include "core/model/plan.h"
#include "core/model/techniques.h"

#include <QtTest>

#include <functional>
#include <utility>
#include <vector>

using namespace headroom;

namespace {

// Converts to any member type: counts the members of an aggregate by how many of these it can be
// brace-initialised from (the technique of Boost.PFR), so a member added without an edit below
// makes the test fail.
struct AnyMember
{
    template<typename T> operator T() const;
};

template<typename T, typename... Members> constexpr std::size_t memberCount()
{
    if constexpr (requires { T{Members{}..., AnyMember{}}; })
        return memberCount<T, Members..., AnyMember>();
    else
        return sizeof...(Members);
}

template<typename T> using Edit = std::pair<const char *, std::function<void(T &)>>;

// Each edit changes one member of a copy of `base`: the copy must then differ from it.
template<typename T> void expectEveryMemberCompared(const T &base, const std::vector<Edit<T>> &edits)
{
    QVERIFY(base == T(base));
    for (const auto &[member, edit] : edits) {
        T changed = base;
        edit(changed);
        QVERIFY2(changed != base, member);
        QVERIFY2(!(changed == base), member);
    }
}

Node sampleNode()
{
    return build::residual(QStringLiteral("block"), {build::conv(QStringLiteral("conv"), 64, 3, 1, 1)},
                           {build::batchNorm(QStringLiteral("bn"))});
}

Plan samplePlan()
{
    Plan p;
    p.name = QStringLiteral("plan");
    p.architecture.root.children.push_back(sampleNode());
    p.notes = QStringLiteral("notes");
    p.scenarios.push_back(Scenario::fromPlan(p, QStringLiteral("alt")));
    return p;
}

} // namespace

class TestEquality : public QObject
{
    Q_OBJECT
private slots:
    void nodeIdIsNotContent()
    {
        const Node a = sampleNode();
        Node b = a;
        b.id = newNodeId();
        b.children[0].id = newNodeId();
        b.shortcut[0].id = newNodeId();
        QVERIFY(NodeId(a.id) != NodeId(b.id));
        QVERIFY(a == b);
        // Following a node by id still compares the numbers.
        QVERIFY(a.id == NodeId(a.id));
        QVERIFY(!(a.id == NodeId(b.id)));
        QVERIFY(NodeId(b.id) == b.id);
    }

    void node()
    {
        expectEveryMemberCompared<Node>(sampleNode(),
                                        {{"kind", [](Node &n) { n.kind = LayerKind::Sequence; }},
                                         {"name", [](Node &n) { n.name = QStringLiteral("other"); }},
                                         {"values", [](Node &n) { n.values[0] += 1; }},
                                         {"children", [](Node &n) { n.children[0].set(attr::ConvOut, 32); }},
                                         {"shortcut", [](Node &n) { n.shortcut.clear(); }}});
    }

    void inputSpec()
    {
        static_assert(memberCount<InputSpec>() == 5);
        expectEveryMemberCompared<InputSpec>(
            {}, {{"type", [](InputSpec &s) { s.type = InputSpec::Type::Tokens; }},
                 {"channels", [](InputSpec &s) { s.channels = 1; }},
                 {"imageSize", [](InputSpec &s) { s.imageSize = 32; }},
                 {"sequenceLength", [](InputSpec &s) { s.sequenceLength = 128; }},
                 {"maxSequenceLength", [](InputSpec &s) { s.maxSequenceLength = 2048; }}});
    }

    void architecture()
    {
        static_assert(memberCount<Architecture>() == 7);
        expectEveryMemberCompared<Architecture>(
            samplePlan().architecture,
            {{"id", [](Architecture &a) { a.id = QStringLiteral("x"); }},
             {"name", [](Architecture &a) { a.name = QStringLiteral("x"); }},
             {"family", [](Architecture &a) { a.family = QStringLiteral("x"); }},
             {"source", [](Architecture &a) { a.source = QStringLiteral("x"); }},
             {"publishedParameters", [](Architecture &a) { a.publishedParameters = 7; }},
             {"input", [](Architecture &a) { a.input.channels = 1; }},
             {"root", [](Architecture &a) { a.root.children[0].name = QStringLiteral("x"); }}});
    }

    void workload()
    {
        static_assert(memberCount<Workload>() == 18);
        expectEveryMemberCompared<Workload>(
            {}, {{"mode", [](Workload &w) { w.mode = Mode::Inference; }},
                 {"microBatch", [](Workload &w) { w.microBatch = 3; }},
                 {"gradientAccumulation", [](Workload &w) { w.gradientAccumulation = 4; }},
                 {"sequenceLength", [](Workload &w) { w.sequenceLength = 512; }},
                 {"imageSize", [](Workload &w) { w.imageSize = 64; }},
                 {"precision", [](Workload &w) { w.precision = Precision::FP32; }},
                 {"optimizer", [](Workload &w) { w.optimizer = Optimizer::SGD; }},
                 {"checkpointing", [](Workload &w) { w.checkpointing = Checkpointing::Full; }},
                 {"flashAttention", [](Workload &w) { w.flashAttention = true; }},
                 {"masterWeights", [](Workload &w) { w.masterWeights = false; }},
                 {"fineTuneMethod", [](Workload &w) { w.fineTuneMethod = FineTuneMethod::QLoRA; }},
                 {"loraRank", [](Workload &w) { w.loraRank = 8; }},
                 {"loraTargets", [](Workload &w) { w.loraTargets = LoraAllLinear; }},
                 {"loraDropout", [](Workload &w) { w.loraDropout = 0.1; }},
                 {"techniques", [](Workload &w) { w.techniques = TechniqueChunkedCrossEntropy; }},
                 {"contextLength", [](Workload &w) { w.contextLength = 8192; }},
                 {"kvCachePrecision", [](Workload &w) { w.kvCachePrecision = Precision::FP8; }},
                 {"runtimeProfile", [](Workload &w) { w.runtimeProfile = RuntimeProfile::Torchtune; }}});
    }

    void parallelismAndHardware()
    {
        static_assert(memberCount<Parallelism>() == 8);
        expectEveryMemberCompared<Parallelism>(
            {}, {{"nodes", [](Parallelism &p) { p.nodes = 2; }},
                 {"zeroStage", [](Parallelism &p) { p.zeroStage = 1; }},
                 {"fsdp", [](Parallelism &p) { p.fsdp = true; }},
                 {"offload", [](Parallelism &p) { p.offload = CpuOffload::Optimizer; }},
                 {"tensorParallel", [](Parallelism &p) { p.tensorParallel = 2; }},
                 {"sequenceParallel", [](Parallelism &p) { p.sequenceParallel = true; }},
                 {"pipelineParallel", [](Parallelism &p) { p.pipelineParallel = 2; }},
                 {"microBatchesInFlight", [](Parallelism &p) { p.microBatchesInFlight = 3; }}});
        static_assert(memberCount<HardwareChoice>() == 3);
        expectEveryMemberCompared<HardwareChoice>(
            {}, {{"gpuId", [](HardwareChoice &h) { h.gpuId = QStringLiteral("h100-sxm"); }},
                 {"gpuCount", [](HardwareChoice &h) { h.gpuCount = 8; }},
                 {"parallelism", [](HardwareChoice &h) { h.parallelism.zeroStage = 3; }}});
    }

    void assumptions()
    {
        std::vector<Edit<Assumptions>> edits;
        for (int i = 0; i < kAssumptionCount; ++i)
            edits.push_back({assumptionInfo(AssumptionId(i)).key, [i](Assumptions &a) {
                                 const auto id = AssumptionId(i);
                                 a.set(id, a.value(id) + 1);
                             }});
        expectEveryMemberCompared<Assumptions>({}, edits);
    }

    void scenarioAndPlan()
    {
        static_assert(memberCount<Scenario>() == 5);
        const Plan plan = samplePlan();
        expectEveryMemberCompared<Scenario>(
            plan.scenarios[0],
            {{"name", [](Scenario &s) { s.name = QStringLiteral("x"); }},
             {"architecture", [](Scenario &s) { s.architecture.name = QStringLiteral("x"); }},
             {"workload", [](Scenario &s) { s.workload.microBatch = 1; }},
             {"hardware", [](Scenario &s) { s.hardware.gpuCount = 2; }},
             {"assumptions", [](Scenario &s) { s.assumptions.set(AssumptionId::SafetyMargin, 0.5); }}});
        static_assert(memberCount<Plan>() == 7);
        expectEveryMemberCompared<Plan>(
            plan, {{"name", [](Plan &p) { p.name = QStringLiteral("x"); }},
                   {"architecture", [](Plan &p) { p.architecture.root.children.clear(); }},
                   {"workload", [](Plan &p) { p.workload.loraRank = 4; }},
                   {"hardware", [](Plan &p) { p.hardware.gpuId = QStringLiteral("x"); }},
                   {"assumptions", [](Plan &p) { p.assumptions.set(AssumptionId::SafetyMargin, 0.5); }},
                   {"notes", [](Plan &p) { p.notes.clear(); }},
                   {"scenarios", [](Plan &p) { p.scenarios[0].workload.microBatch = 2; }}});
        // A plan whose nodes have fresh ids (as read back from a file) is the same plan.
        Plan copy = plan;
        copy.architecture.root.children[0].id = newNodeId();
        copy.scenarios[0].architecture.root.children[0].children[0].id = newNodeId();
        QVERIFY(copy == plan);
    }
};

QTEST_GUILESS_MAIN(TestEquality)
#include "tst_equality.moc"
