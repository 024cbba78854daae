// A columnist's name printed over the headline under the label of an opinion column (defined in byline_places.cpp,
// called by classify()).
#pragma once

#include "page.hpp"

namespace archive {

/// "Opinión / TRIBUNA / Lucía Herrera Prieto / <headline>", "Opinioni / Giovanni Russo / <headline>", "Opinie /
/// Sanne de Wit / <headline>": a page with no byline and no author may print its columnist's name alone right over the
/// headline, under the label of an opinion column (lexicon section opinion_labels), where mark_opening() took it for
/// the kicker: a name of two to four words opened by a given name the lexicon knows (known_given_name_words) is the
/// author, and the label over it the kicker. (A page signed elsewhere, "Meinung / Olaf Scholz / <headline> / Von Anna
/// Roe", names its topic over the title; a name under no such label, "Olaf Scholz / <headline>", stays the kicker.)
void mark_name_over_opinion_head(Page& p);

} // namespace archive
