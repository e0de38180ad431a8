#include <QTest>
class T_recommender : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};
QTEST_GUILESS_MAIN(T_recommender)
#include "tst_recommender.moc"
