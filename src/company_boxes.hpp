// The title of the box presenting the body that issued a press release, found by the paragraph under it (a public
// body, a club or a school, named without a legal form): endings.cpp.
#pragma once

#include "page.hpp"

namespace archive {

/// Marks as terminators the titles of company boxes named without a legal form ("Über die Stadtwerke Lindenau" over
/// "Die Stadtwerke Lindenau GmbH versorgen ..."), under some paragraphs of prose; company_box_title() reads the ones
/// closed by a legal form alone.
void mark_company_boxes(Page& p);

} // namespace archive
