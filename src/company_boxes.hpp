// The title of the box presenting the body that issued a press release, found by the paragraph under it (a public
// body, a club or a school, named without a legal form): endings.cpp.
#pragma once

#include "page.hpp"

namespace archive {

/// Marks as terminators the titles of company boxes named without a legal form ("Über die Stadtwerke Lindenau" over
/// "Die Stadtwerke Lindenau GmbH versorgen ..."), under some paragraphs of prose; company_box_title() reads the ones
/// closed by a legal form alone.
void mark_company_boxes(Page& p);

/// "About the Harbour Arts Trust", "À propos de la Fondation Lumière", "Über den Kunstverein Oberried": a line opening
/// with a company box's title words (lexicon section company_box_titles), a capitalised name after them.
bool box_title_line(const Block& b);

} // namespace archive
