// A web archive's toolbar printed over the page it captured (classify.cpp asks it).
#pragma once

namespace archive {

struct Page;

/// "The Wayback Machine - https://web.archive.org/web/20260314082211/https://..." / "Go" / "12 captures" / "About
/// this capture" / "COLLECTED BY" / "Organization: Archive Team" / "TIMESTAMPS": the toolbar of a web archive over
/// the captured page, from its first line (opened by a phrase of the lexicon section capture_toolbar_openings and an
/// address, among the page's first three lines) down to the last line closing it (lexicon section
/// capture_toolbar_closings, within thirty lines) and the box's labelled lines right under it ("COLLECTED BY",
/// "Organization: ...": capture_toolbar_box_labels), is one block of boilerplate: its collection's name ("Archive
/// Team") credits no picture and its months and years date nothing. A toolbar with no closing line is left alone.
void mark_capture_toolbar(Page& p);

} // namespace archive
