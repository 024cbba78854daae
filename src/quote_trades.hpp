// Trades and professions ([trade_words]: "engineer", "ingénieure", "Landwirt"): a person's noun that is no role of a
// body, so not a role_noun (quotes_parts.hpp). Before a name it is no part of it ("Architect Lea Vance" is Lea
// Vance); "a farmer from Ashby" stays a person the text does not name, not the place.
#pragma once

#include "quotes_parts.hpp"

#include <string_view>

namespace archive::quoting {

/// w (lower case; an elided article before it is passed over: "l'ingénieur") is a noun of [trade_words] of one of
/// the article's languages (quote_role_forms.cpp).
bool trade_noun(std::string_view w, const Speakers& sp);

} // namespace archive::quoting
