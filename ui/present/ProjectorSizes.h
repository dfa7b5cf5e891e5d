#pragma once
// Type sizes for a projected window, in points, shared by everything presentation mode enlarges
// so that the chart's neighbours grow together: read from the back row of a classroom on a
// 1920x1080 or 1280x720 projector.
namespace ts::ui::ProjectorSizes {

inline constexpr int kInterfacePoints = 16;  // menus, tables, labels
inline constexpr int kCodePoints = 18;       // the scenario editor and the program's source
inline constexpr int kCaptionPoints = 28;    // the scenario's captions above the chart

}  // namespace ts::ui::ProjectorSizes
