#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace vk {

/// A light horizontal bar chart painted with QPainter (Qt Charts is GPL-only): one labelled bar per value,
/// the value written after the bar. Also renders itself into an image for the PDF report.
class BarChartWidget : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString label;
        double value = 0;
        QString valueText; ///< what is written after the bar (e.g. "12" or "83 %")
    };

    explicit BarChartWidget(QWidget* parent = nullptr);

    /// Replaces the bars; `maximum` fixes the scale (0: the largest value).
    void setBars(QList<Bar> bars, double maximum = 0);
    [[nodiscard]] const QList<Bar>& bars() const { return m_bars; }
    /// The text shown when there are no bars.
    void setEmptyText(const QString& text);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    /// Paints the chart at `width` pixels wide (the PDF report).
    [[nodiscard]] QImage render(int width) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintChart(QPainter& painter, const QRect& area, const QColor& text) const;
    [[nodiscard]] int heightFor(int barCount) const;

    QList<Bar> m_bars;
    double m_maximum = 0;
    QString m_emptyText;
};

} // namespace vk
