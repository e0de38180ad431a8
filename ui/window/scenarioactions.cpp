#include "ui/window/scenarioactions.h"

#include "core/hardware/recommender.h"
#include "core/results/comparison.h"

namespace headroom::ui {

QString ScenarioActions::defaultName(const Plan &plan)
{
    const GpuSpec *gpu = GpuCatalog::builtin().find(plan.hardware.gpuId);
    QString gpuName = gpu ? gpu->name : plan.hardware.gpuId;
    gpuName.remove(QStringLiteral("NVIDIA ")).remove(QStringLiteral("GeForce "));
    return tr("%1× %2, %3").arg(plan.hardware.gpuCount).arg(gpuName, plan.architecture.name);
}

void ScenarioActions::pin(PlanDocument *doc, const QString &name)
{
    const Scenario s = Scenario::fromPlan(doc->plan(), name);
    doc->edit(tr("Pin as scenario"), [&s](Plan &p) { p.scenarios.push_back(s); });
}

int ScenarioActions::pinRecommendations(PlanDocument *doc, int count, QString *error)
{
    QString why;
    const auto list = Recommender::recommend(doc->plan(), GpuCatalog::builtin(), RecommendOptions{}, &why);
    std::vector<Scenario> added;
    for (const Recommendation &r : list) {
        if (int(added.size()) >= count || !r.gpu)
            break;
        Plan p = doc->plan();
        p.hardware.gpuId = r.gpu->id;
        p.hardware.gpuCount = r.gpuCount;
        p.hardware.parallelism = r.parallelism;
        Scenario s = Scenario::fromPlan(p, defaultName(p));
        if (!r.strategy.isEmpty() && r.strategy != QLatin1String("dp"))
            s.name += QStringLiteral(" (%1)").arg(r.strategy);
        added.push_back(std::move(s));
    }
    if (added.empty()) {
        if (error)
            *error = why.isEmpty() ? tr("No GPU configuration in the catalog fits this plan.") : why;
        return 0;
    }
    doc->edit(tr("Create scenarios from recommendations"),
              [&added](Plan &p) { p.scenarios.insert(p.scenarios.end(), added.begin(), added.end()); });
    return int(added.size());
}

} // namespace headroom::ui
