// The .ts catalogues are complete (no unfinished, obsolete or vanished entries, no empty
// translation) and current: lupdate over the same sources finds no source text they lack.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalogue
{
    QSet<QString> sources; // "context\x04source"
    QStringList problems;  // unfinished, obsolete, vanished or empty entries
    int messages = 0;
};

Catalogue readTs(const QString &path)
{
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        c.problems << QStringLiteral("cannot open %1").arg(path);
        return c;
    }
    QXmlStreamReader xml(&f);
    QString context, source, type, translation;
    bool numerus = false;
    int filledForms = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                type.clear();
                translation.clear();
                filledForms = 0;
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                if (!xml.readElementText().isEmpty())
                    ++filledForms;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++c.messages;
            c.sources.insert(context + QChar(4) + source);
            const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
            if (!type.isEmpty())
                c.problems << QStringLiteral("%1 entry in %2").arg(type, where);
            else if (numerus ? filledForms == 0 : translation.isEmpty())
                c.problems << QStringLiteral("empty translation in %1").arg(where);
        }
    }
    if (xml.hasError())
        c.problems << QStringLiteral("%1: XML error %2").arg(path, xml.errorString());
    return c;
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void current_data() { complete_data(); }
    void current();
};

void TestCatalogues::complete_data()
{
    QTest::addColumn<QString>("ts");
    QTest::newRow("de") << QStringLiteral(HEADROOM_TS_DIR "/headroom_de.ts");
    QTest::newRow("zh_CN") << QStringLiteral(HEADROOM_TS_DIR "/headroom_zh_CN.ts");
}

void TestCatalogues::complete()
{
    QFETCH(QString, ts);
    const Catalogue c = readTs(ts);
    QVERIFY2(c.messages > 700, qPrintable(QStringLiteral("only %1 messages").arg(c.messages)));
    QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestCatalogues::current()
{
    QFETCH(QString, ts);
    const QString lupdate = QStringLiteral(HEADROOM_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP("lupdate is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                      QStringLiteral("none"), QLatin1Char('@') + QStringLiteral(HEADROOM_LUPDATE_LIST),
                      QStringLiteral("-ts"), copy});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAll().constData());

    const Catalogue committed = readTs(ts);
    const Catalogue fresh = readTs(copy);
    QStringList missing, stale;
    for (const QString &s : fresh.sources)
        if (!committed.sources.contains(s))
            missing << s.section(QChar(4), 0, 0) + QStringLiteral(": \"") + s.section(QChar(4), 1) +
                           QLatin1Char('"');
    for (const QString &s : committed.sources)
        if (!fresh.sources.contains(s))
            stale << s.section(QChar(4), 0, 0) + QStringLiteral(": \"") + s.section(QChar(4), 1) +
                         QLatin1Char('"');
    missing.sort();
    stale.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("source texts missing from %1 (run `make update-translations`, then "
                                       "tools/i18n/fill_ts.py):\n%2")
                            .arg(ts, missing.mid(0, 20).join(QLatin1Char('\n')))));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("entries no longer in the sources:\n%1")
                                             .arg(stale.mid(0, 20).join(QLatin1Char('\n')))));
    QVERIFY2(fresh.problems.isEmpty(), qPrintable(fresh.problems.mid(0, 20).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_i18n_catalogues.moc"
