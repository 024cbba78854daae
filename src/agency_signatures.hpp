// The lines a wire's reprint closes with under its text: the writer signed with the agency ("Karol Kostrzewa (PAP)",
// "Autor: Karol Kostrzewa (PAP)") and the desk's initials ("kos/ mok/"). Read by the region's edges and the tail.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive {

/// "Karol Kostrzewa (PAP)", "Autor: Karol Kostrzewa (PAP)", "Mario Rossi (ANSA)": a name of two to four capitalised
/// words (after a byline label and its colon perhaps) and an agency in a parenthesis -> the agencies; else nullopt.
/// "Delphine Gendre/ats", "sda/Reto Gasser": the writer's bare name and the agency's tag in small letters
/// (slashed_signature()) likewise.
std::optional<std::vector<std::string>> signed_agency_line(std::string_view line);

/// "Jeanne Morel (avec AFP)", "Jane Roe, with Reuters", "Anna Muster mit dpa": a person's bare name (name_line(), two
/// to four capitalised words) then the agency that helped, joined by a word ("avec", "with", "mit", "con", "com"), in
/// a parenthesis or not -> the name and the credit, the agency's part as printed (the source tag's raw: "(avec AFP)",
/// "with Reuters"); nullopt for a paper's name ("Le Courrier du Lac avec AFP": no bare name), a name with no joining
/// word ("Mario Rossi (ANSA)": signed_agency_line()) or no agency after it.
struct JoinedName {
    std::string name;
    std::string_view credit;
};
std::optional<JoinedName> name_joined_to_agency(std::string_view line);

/// The writer's name and the agency's tag of a line signing a text written from the wire with a slash: "Delphine
/// Gendre/ats", "ats/Delphine Gendre" (the name a bare name of two to four words, the tag one of the agencies printed
/// in small letters, lexicon section lowercase_agency_words: a picture's credit prints its agency capitalised,
/// "Jean Roux/Keystone").
struct SlashedSignature {
    std::string_view name;
    std::string_view tag;
    std::vector<std::string> agencies;
};
std::optional<SlashedSignature> slashed_signature(std::string_view line);

/// "... participaron en la investigación. EFE", "... am Montag. dpa": a paragraph of sentences whose last stop is
/// followed by an agency's name alone, one token (agency_tag(): "EFE", "AFP", "dpa", "red/dpa"), the agency's
/// signature under the text it wrote -> the tag as printed and its agencies; else nullopt. (A picture's caption
/// credited to the agency has the same shape: the caller tells them apart by where the line stands.)
std::optional<std::pair<std::string_view, std::vector<std::string>>> agency_after_stop(std::string_view paragraph);

/// "agencia efe", "agenzia ansa", "deutsche presse-agentur", "europa press", "efe": a line, lower-cased and trimmed
/// (a Block's `lower`), that is only an agency's name (agency_id() of the whole line, or the word for an agency,
/// lexicon section agency_noun_words, and an agency's id) -> the agency's id; else nullopt. ("foto: efe" and "ana
/// ruiz / agencia efe" are none.)
std::optional<std::string> agency_name_line(std::string_view lower);

/// "© 2026 AFP", "© dpa-infocom, dpa:261206-930-123456/1", "Riproduzione riservata © Copyright ANSA", "(c) Agencia
/// EFE", "Copyright 2026 The Associated Press. All rights reserved. ...": the agency's copyright notice, its mark and
/// year, the agency's name, then its rights sentence (lexicon section agency_rights_notices) or its id of the story
/// -> the agency's id; nullopt for a line labelled before its mark ("Associated Press articles: Copyright ..."). (A
/// picture's credit "© dpa" has the same shape: the caller tells them apart by where the line stands.)
std::optional<std::vector<std::string>> agency_copyright_line(std::string_view line);

/// "kos/ mok/", "jko/": the desk's initials, two to four small letters each closed by a slash, one to four of them
/// alone on the line.
bool desk_initials_line(std::string_view line);

} // namespace archive
