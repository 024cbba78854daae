// The reporter's credit closing a video's description or a standfirst ("NewsNine's Aaron Patel reports.", "Ein
// Bericht von Jan Ott."): the author's name (byline_credits.cpp).
#pragma once

#include "page.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// "... into apartments. NewsNine's Aaron Patel reports.", "... Le reportage de Marie Dulac.", "... Ein Bericht von
/// Jan Ott.", "... Il servizio di Luca Brini.", "... Informa Ana Ruiz.": the reporter's credit closing a text after its
/// last sentence, a phrase of the language's lexicon section report_credit_openings before the name, or a word of
/// report_credit_closings after it (the outlet's possessive perhaps before the name), eight words at most, the name
/// a name_line() -> the name. ("Le reportage de Marie Dulac a reçu le prix.": a name inside a sentence credits none.)
std::optional<std::vector<std::string>> closing_report_credit(std::string_view text, std::string_view language);

/// A page with no author yet whose standfirst closes with a reporter's credit (closing_report_credit()), or a video's
/// page ("Video" over the headline, "Duration 2:41" under it) whose description, the first paragraph under the head,
/// closes with one, takes its name as the author; the text stays whole.
void mark_report_credit(Page& p);

} // namespace archive
