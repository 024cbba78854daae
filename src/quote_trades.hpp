// Trades and professions ([trade_words]: "engineer", "ingénieure", "Landwirt"): a person's noun that is no role of a
// body, so not a role_noun (quotes_parts.hpp). Before a name it is no part of it ("Architect Lea Vance" is Lea
// Vance); "a farmer from Ashby" stays a person the text does not name, not the place.
#pragma once

#include "quotes_parts.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// w (lower case; an elided article before it is passed over: "l'ingénieur") is a noun of [trade_words] of one of
/// the article's languages (quote_role_forms.cpp).
bool trade_noun(std::string_view w, const Speakers& sp);
/// "el experto en movilidad Andrés Quiroga", "der Experte für Verkehr Jan Roth": noun w and the preposition `link`
/// after it (lower case) are an entry of [expertise_links], the link of an expert's noun to the field they know,
/// which goes on to the name after the field as a role's link to its field does (quote_role_forms.cpp).
bool expertise_link(std::string_view w, std::string_view link, const Speakers& sp);
/// "The farmer told" after "Farmer Tom Hale said": the person a description of an article and a trade (its
/// lower-case words) names at reading position `pos`, the only one of the page described with that trade and
/// mentioned before; -1 otherwise (quote_role_forms.cpp).
int trade_holder(const std::vector<std::string_view>& words, std::size_t pos, const Speakers& sp);

} // namespace archive::quoting
