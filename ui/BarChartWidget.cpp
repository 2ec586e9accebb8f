#include "BarChartWidget.h"

#include <QImage>
#include <QPainter>

#include <algorithm>

namespace vk {

namespace {

constexpr int kRowHeight = 22;
constexpr int kBarHeight = 14;
constexpr int kMargin = 6;

} // namespace

BarChartWidget::BarChartWidget(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarChartWidget::setBars(QList<Bar> bars, double maximum) {
    m_bars = std::move(bars);
    m_maximum = maximum;
    // An accessible summary: screen readers cannot read painted bars.
    QStringList parts;
    for (const Bar& bar : m_bars) {
        parts.append(QStringLiteral("%1: %2").arg(bar.label, bar.valueText));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void BarChartWidget::setEmptyText(const QString& text) {
    m_emptyText = text;
    update();
}

int BarChartWidget::heightFor(int barCount) const {
    return 2 * kMargin + std::max(1, barCount) * kRowHeight;
}

QSize BarChartWidget::sizeHint() const {
    return {480, heightFor(int(m_bars.size()))};
}

QSize BarChartWidget::minimumSizeHint() const {
    return {240, heightFor(int(m_bars.size()))};
}

QImage BarChartWidget::render(int width) const {
    QImage image(width, heightFor(int(m_bars.size())), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    paintChart(painter, image.rect(), Qt::black); // paper: dark text whatever the screen's theme
    return image;
}

void BarChartWidget::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(painter, rect(), palette().color(QPalette::WindowText));
}

void BarChartWidget::paintChart(QPainter& painter, const QRect& area, const QColor& text) const {
    const QPalette& colors = palette();
    if (m_bars.isEmpty()) {
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, m_emptyText);
        return;
    }
    const QFontMetrics metrics(painter.font());
    int labelWidth = 0;
    int valueWidth = 0;
    double maximum = m_maximum;
    for (const Bar& bar : m_bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label) + 2);
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(bar.valueText));
        maximum = std::max(maximum, bar.value);
    }
    labelWidth = std::min(labelWidth, area.width() / 3);
    const int barLeft = area.left() + kMargin + labelWidth + kMargin;
    const int barSpace = std::max(10, area.right() - kMargin - valueWidth - kMargin - barLeft);
    const QColor barColor = colors.color(QPalette::Highlight);
    int y = area.top() + kMargin;
    for (const Bar& bar : m_bars) {
        const QRect labelRect(area.left() + kMargin, y, labelWidth, kRowHeight);
        painter.setPen(text);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));
        const int length = maximum > 0 ? int(barSpace * std::clamp(bar.value / maximum, 0.0, 1.0)) : 0;
        const QRect barRect(barLeft, y + (kRowHeight - kBarHeight) / 2, std::max(length, 1), kBarHeight);
        painter.fillRect(barRect, barColor);
        painter.drawText(QRect(barRect.right() + kMargin, y, valueWidth + kMargin, kRowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
        y += kRowHeight;
    }
}

} // namespace vk
