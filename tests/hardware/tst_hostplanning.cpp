#include <QTest>
class T_hostplanning : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};
QTEST_GUILESS_MAIN(T_hostplanning)
#include "tst_hostplanning.moc"
