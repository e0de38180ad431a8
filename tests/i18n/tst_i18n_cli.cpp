// headroom-cli speaks the locale's language: LANG, HEADROOM_LANG and --lang pick the catalogue;
// JSON output never changes.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestI18nCli : public QObject
{
    Q_OBJECT
private slots:
    void germanFromLang();
    void chineseFromOption();
    void chineseFromEnvironment();
    void englishByDefault();
    void jsonStaysEnglish();

private:
    static QString run(const QStringList &args, const QStringList &env, int *exitCode = nullptr);
};

QString TestI18nCli::run(const QStringList &args, const QStringList &env, int *exitCode)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "HEADROOM_LANG"})
        e.remove(QString::fromLatin1(v));
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(HEADROOM_CLI), args);
    if (!p.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestI18nCli::germanFromLang()
{
    int code = -1;
    const QString out = run({QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("resnet50")},
                            {QStringLiteral("LANG=de_DE.UTF-8")}, &code);
    QCOMPARE(code, 0);
    for (const char *word : {"Komponente", "Gewichte", "Gradienten", "Optimizer-Zustände", "Aktivierungen",
                             "CUDA-Kontext", "Gesamt", "Ergebnis:"})
        QVERIFY2(out.contains(QString::fromUtf8(word)),
                 qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(QString::fromUtf8(word), out)));
    QVERIFY(!out.contains(QStringLiteral("Weights")));
    QVERIFY(!out.contains(QStringLiteral("Verdict")));
    // German numbers: a decimal comma in "97,49 MiB"-style sizes.
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("\\d,\\d\\d (MiB|GiB)"))));
}

void TestI18nCli::chineseFromOption()
{
    const QString out = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("plan"),
                             QStringLiteral("--preset"), QStringLiteral("resnet50")},
                            {QStringLiteral("LANG=de_DE.UTF-8")});
    QVERIFY2(out.contains(QString::fromUtf8("权重")), qPrintable(out));
    QVERIFY(out.contains(QString::fromUtf8("激活值")));
}

void TestI18nCli::chineseFromEnvironment()
{
    const QString out = run({QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("resnet50")},
                            {QStringLiteral("HEADROOM_LANG=zh_CN")});
    QVERIFY2(out.contains(QString::fromUtf8("优化器状态")), qPrintable(out));
}

void TestI18nCli::englishByDefault()
{
    const QString out = run({QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("resnet50")},
                            {QStringLiteral("LANG=C")});
    QVERIFY2(out.contains(QStringLiteral("Weights")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("Activations")));
    QVERIFY(!out.contains(QStringLiteral("Gewichte")));
}

void TestI18nCli::jsonStaysEnglish()
{
    const QStringList args{QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("resnet50"),
                           QStringLiteral("--json")};
    const QString english = run(args, {QStringLiteral("LANG=C")});
    const QString german = run(args, {QStringLiteral("LANG=de_DE.UTF-8")});
    QVERIFY(QJsonDocument::fromJson(german.toUtf8()).isObject());
    QCOMPARE(german, english);
}

QTEST_GUILESS_MAIN(TestI18nCli)
#include "tst_i18n_cli.moc"
