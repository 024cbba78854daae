// What the agency tags (agencies.cpp) and the datelines (datelines.cpp) ask of the readers of a list of agencies
// (agency_lists.cpp). Internal to the classify stage.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// Adds agency id `id` to `ids` unless it is there already.
void add_id(std::vector<std::string>& ids, const std::string& id);
/// "Reuters and AFP", "l'AFP et Reuters": known agencies joined by a word or '&', their ids added to `ids`; else false.
bool joined_agencies(std::string_view part, std::vector<std::string>& ids);
/// "ats/afp", "jbm/ats", "AFP": slash-separated ids, at least one a known agency; their ids.
std::optional<std::vector<std::string>> agency_list(std::string_view inner);
/// "avec", "with", "mit", "con", "com": the word joining an agency to the paper's name or opening its tag.
bool agency_joiner(std::string_view word);
/// "Reuters and AFP contributed reporting.", "Avec AFP et Reuters": the agencies a phrase credits for the text.
std::optional<std::vector<std::string>> credited_agencies(std::string_view line);
/// "dpa", "sda": an agency whose tag is printed in small letters (lexicon section lowercase_agency_words).
bool small_agency(std::string_view word);
/// "red/dpa", "AFP/dpa/jw", "ATS/RCI": a known agency slashed to an editor's initials or a desk's; the agencies.
std::optional<std::vector<std::string>> slashed_desk_tag(std::string_view line);
/// "ANP, Omroep Westerkwartier": pieces split by commas, each a known agency or an outlet's name; the agencies.
std::optional<std::vector<std::string>> agencies_among_outlets(std::string_view listed);
/// "Redacción / EFE", "Redaktion/dpa": a newsroom's word signing the text with the agencies it was written from.
std::optional<std::vector<std::string>> desk_agencies(std::string_view line);

} // namespace archive
