// A byline naming a newsroom's desk, no person (bylines.cpp), for the rules reading a desk's line without a label.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace archive {

/// "Staff", "WKVR News Staff", "Harbour Post Staff", "der Redaktion", "Redacción Nacional": the words after a byline's
/// label that sign the text with the newsroom, no person -> the desk as printed (without an opening article); nothing
/// for a person's name.
std::optional<std::string> desk_signature(std::string_view rest);

/// "Redacción / Ana Ruiz", "Anna Berg | Redaktion Sport", "Rédaction - Claire Monnier": a newsroom's desk
/// (desk_signature()) and a person's bare name (bare_name()) parted by one mark joining desks (lexicon section
/// desk_join_words) -> the name, which signs the text (the desk names nobody); nothing for any other line. (Defined in
/// byline_places.cpp.)
std::optional<std::string> name_beside_desk(std::string_view line);

} // namespace archive
