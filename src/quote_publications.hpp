// Another paper than the page's own as a speaker, named beside a verb of writing (quote_publications.cpp).
#pragma once

#include "quotes_parts.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// "écrit Le Temps", "the Guardian wrote", "schreibt die Neue Zürcher Zeitung": the mention ws[first..last] (of the
/// unit's text s) is an article and a title beside a verb of writing, another paper than the page's own: added to the
/// people as a publication (Person::publication) and mentioned at `pos`; else nullopt.
std::optional<std::string> written_paper(Speakers& sp, std::string_view s, const std::vector<Word>& ws,
                                         std::size_t first, std::size_t last, std::size_t pos);

} // namespace archive::quoting
