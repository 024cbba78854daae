// The nouns and names of a sentence for the quotes stage: role, title and common nouns, particles, the agreement of
// description words and the entries of a word list (quote_nouns.cpp); the names of a sentence, NameSpan and names_in,
// with an owner's apostrophe and a nickname (quote_name_spans.cpp); an office of a place (quote_offices.cpp); the
// names of bodies, their acronyms and a name's affiliation (quote_bodies.cpp). Internal to the stage.
#pragma once

#include "lexicon.hpp"
#include "quote_speakers.hpp"
#include "quote_words.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// Two words of descriptions agree: the same, or one the other with an ending of three bytes at most
/// ("américain" / "américaine"; "council" / "councillor" too) (quote_nouns.cpp).
bool same_word(std::string_view a, std::string_view b);
std::size_t matches(const std::vector<std::string>& words, const std::string& w);
/// 1 when a word of `words` is a compound whose last part is w ("finanzministerin" ends with "ministerin", "minister"
/// agrees with it), its first part three bytes or more, else 0.
std::size_t compound_matches(const std::vector<std::string>& words, const std::string& w);
/// "dell'allenatore", "l’adjoint", "d'Amato": the word after an elided article or preposition of four bytes at most
/// (' or U+2019), else w (quote_nouns.cpp).
std::string_view after_elided_prefix(std::string_view w);
/// 1 when a word of `words` names the same role as w in a group of [role_synonyms] ("boss" / "manager", "Trainer" /
/// "Coach"), else 0.
std::size_t synonym_matches(const std::vector<std::string>& words, std::string_view w, const std::vector<const Lexicon*>& lexs);

/// "von", "di", "dos", "el", "ben": w (lower-case) is a small word inside a person's name ([name_particle_words] of
/// common.txt, which the bylines' name_particle() reads too, and [running_text_particle_words]).
bool particle(std::string_view w);
/// A particle of a name after the particle `before`: one of particle(), or a plural article after "de" ("María de los
/// Ángeles Ruiz", "Juan de las Heras"), which alone opens no name's particles.
bool particle_after(std::string_view before, std::string_view w);

// Capitalised word runs that look like names: "Sergueï Lavrov", "Angela Merkel", "Jean-Marc de la Tour".
struct NameSpan {
    std::size_t first, last; // word indices, inclusive
};

// "Gemeindepräsidentin", "Bundeskanzlerin", "Minister": a capitalised role noun is not part of the name.
// (WordTags::may_be_role_noun turns most words away before it, where a caller has the tags at hand)
bool role_noun(std::string_view w, const Speakers& sp);
// A listed role noun of two letters ("il pm"): the speaker code skips words shorter than three letters but these.
inline bool short_role_noun(std::string_view w, const Speakers& sp) { return w.size() == 2 && role_noun(w, sp); }
/// "dyrektor szpitala w Łomży Piotr Zieliński", "radny z Ołbina Adam Lis": word p of ws is a preposition of the place
/// a role is held in ([role_place_words]) right after a role noun, or after a role noun and the one lower-case word of
/// what it is of (quote_nouns.cpp).
bool role_place_link(const std::vector<Word>& ws, std::size_t p, const Speakers& sp);

/// "der Sprecher des Ministers", "a spokesman for the minister", "the minister's aide", "le porte-parole du ministre":
/// the role nouns of a description (its lower-case words, no marks) that name the person its first role noun works
/// for, after a [complement_words] word (a German article) or in the genitive before it; empty when it has no role
/// noun of its own (quote_nouns.cpp).
std::vector<std::string_view> owner_roles(const std::vector<std::string_view>& words, const Speakers& sp);
/// "chef de groupe", "le chef de l'État", "the head of the union": the words of what the first role noun of a
/// description (its lower-case words, no marks) is of, after the word linking them ([complement_words]), without
/// articles nor a generic noun standing for a place or body named before ([field_anaphor_words]: "le maire de la
/// commune", "the mayor of the town"); empty with no role noun and link (quote_nouns.cpp).
std::vector<std::string_view> role_fields(const std::vector<std::string_view>& words, const Speakers& sp);
/// Person p holds a role of another field than `fields`, the role_fields of a description of the same role noun: p
/// has fields, and none of them nor of p's other words agrees with one of `fields` (quote_nouns.cpp).
bool other_field(const Person& p, const std::vector<std::string_view>& fields);
/// Person p is the one the owner_roles `owners` of description `words` name: its roles agree with one of them, and
/// with none of the description's own role nouns (quote_nouns.cpp).
bool owner_described(const Person& p, const std::vector<std::string_view>& words,
                     const std::vector<std::string_view>& owners, const Speakers& sp);

// "Zeitung", "Fernsehsender", "film", "opération": a noun that names a title or a body; in German also the
// compounds ending in one ("Tageszeitung", "Umweltorganisation").
bool title_noun(std::string_view w, const Speakers& sp);
/// w is an entry of the word list `section` or, where nouns are capitalised, a compound ending in one after three
/// bytes or more ("Tageszeitung", "Medienberichten").
bool listed_noun(std::string_view w, std::string_view section, const Speakers& sp);

// German nouns are capitalised like names: the endings listed for the language mark a common noun.
// (WordTags::may_be_common_noun turns most words away before it)
bool common_noun(std::string_view w, const Speakers& sp);
/// "Mann", "Frau", "Passantin": w is a noun of [generic_person_words], one naming anyone: after an article it is no
/// name, and no one's when nobody was named so.
bool anyone_noun(std::string_view w, const Speakers& sp);
/// "Politikerin" after "Politiker", "Sprecher" after "SPD-Sprecherin": the role nouns a and b (lower-case) are one
/// role in its two genders, one of them the other with the language's feminine ending ([feminine_form_suffix_words],
/// German's -in). Where a language marks the gender so, a person described by the one form is not the other's holder.
bool gender_forms_apart(std::string_view a, std::string_view b, const Speakers& sp);
/// "die Zürcherin", "die Sozialdemokratin", "die Juristin": where nouns are capitalised, w (lower-case) is a woman's
/// noun formed with -in on a noun of origin, party or persuasion ([feminine_person_ending_words], three bytes or more
/// before the ending): it describes a person, as a demonym does, and names no body.
bool feminine_person_noun(std::string_view w, const Speakers& sp);
/// "fpö-politiker", "grünen-politikerin", "pvda-leider": a lower-case word that is a role noun after a prefix of two
/// to twelve bytes and a hyphen (the word was capitalised: the prefix names a party or a body, not "ex-"); `party`
/// and `role` view w, both empty when w is no such word.
struct PartyRole {
    std::string_view party, role;
};
PartyRole party_role(std::string_view w, const Speakers& sp);
/// Whether person p belongs to the party of a party's role: 1 when a word of p's descriptions is the party ("Karl
/// Hofbauer (FPÖ)") or opens with it ("Grünen-Fraktionschefin"), -1 when p was described with the same role in another
/// party ("der SPD-Politiker" is not "der FPÖ-Politiker"), else 0.
int party_of(const Person& p, const PartyRole& pr);
/// "beide", "drei", "Mehrere", "12": `low` (lower-case) is a number or a quantifier before a noun ([cardinal_words],
/// [quantifier_words], a figure): the noun after it counts many, no one named.
bool counted_word(std::string_view low, const Speakers& sp);
/// "sagt Marco Huber zu Blick", "sagte Roth zu Bild": where nouns are capitalised, ws[z] is "zu" after a name that
/// is whole already (`after_two_words`, or a known person's surname): it opens the one told, no particle of the name
/// ("Karl-Theodor zu Guttenberg": a name's "zu" follows the given name alone).
bool zu_opens_told(const std::vector<Word>& ws, std::size_t z, bool after_two_words, const Speakers& sp);

/// "Reuters' Jane Roe", "the Times’ Ben Vale": ws[j] is an apostrophe alone (' or ’) glued to the end of a
/// capitalised word ending in s, two capitalised words after it: the owner's possessive, which the word splitter leaves
/// a mark of its own (no letter follows it inside the word) (quote_name_spans.cpp).
/// "die Ermittler", "die Spieler": where nouns are capitalised, ws[r] is a masculine role noun (its form in -in is a
/// role too) right after an article of the plural ([plural_article_words]): many people, no title of the capitalised
/// word after it (quote_name_spans.cpp).
bool plural_role(const std::vector<Word>& ws, std::size_t r, const Speakers& sp);
bool owner_apostrophe(const std::vector<Word>& ws, std::size_t j);
/// "the Irish Property Owners' Association", "the Taxpayers’ Alliance": ws[j] is an apostrophe alone glued to the end
/// of a capitalised word ending in s, and the one capitalised word after it is a body's noun ([organisation_words],
/// [body_words]) that no capitalised word follows, nor a small word and a capitalised one ("the Court of Appeals’ Board
/// on Professional Responsibility"): a plural possessive inside a body's name, which goes on past it
/// (quote_name_spans.cpp).
bool body_owner_apostrophe(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);
/// "The drivers' union Wheelwork", "the nurses’ union Carewell": ws[j] is an apostrophe alone glued to the end of a
/// lower-case word ending in s, then a lower-case body's noun ([organisation_words], [body_words]) and a capitalised
/// word: a plural possessive opening a description of the body named after it (quote_name_spans.cpp).
bool group_owner_apostrophe(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);

/// "Ellen “Nell” Brooks", "Jean « Jeannot » Martin", "Hans „Hansi“ Meier": ws[e], a capitalised word, is followed by
/// a nickname of one or two capitalised words in quote marks and a capitalised word that may be a surname: the
/// surname's index, else 0 (quote_name_spans.cpp).
std::size_t nickname_end(const std::vector<Word>& ws, std::size_t e, const Speakers& sp);
/// "Chief Executives von Hongkong", "Chief Executive of Hong Kong": the capitalised words ws[k..e] open with role words
/// of any language's [role_words] (one with a final s dropped too), then a name's particle or a word of
/// [body_link_words] and a capitalised word: an office of a place, no person's name (quote_offices.cpp).
bool office_of_place(const std::vector<Word>& ws, std::size_t k, std::size_t e);
std::vector<NameSpan> names_in(const std::vector<Word>& ws, const Speakers& sp);
/// names_in(ws, sp) in `out`, whose room is reused.
void names_into(std::vector<NameSpan>& out, const std::vector<Word>& ws, const Speakers& sp);
/// "Kévin L., 17 ans", "Jörg K. sieht": the index of the last word (the dot, or the letter that took it) of a given name
/// at k and a surname's initial after it, when they are a person's name, else 0 (quote_name_spans.cpp).
std::size_t initial_surname_end(const std::vector<Word>& ws, std::size_t k, const Speakers& sp);

std::string span_text(std::string_view s, const std::vector<Word>& ws, std::size_t first, std::size_t last);
/// "Radio Nacional de España", "Radio Nordwelle", "Zeitung Nordblatt": ws[j] is a capitalised word of
/// [outlet_opening_words]; the index past the outlet's name it opens (that word, the next capitalised one, and a
/// particle and one capitalised word after those two), else j (quote_name_spans.cpp).
std::size_t outlet_name_end(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);

/// "Ministry for Housing and Communities", "Amt für Umwelt und Energie", "Ministère de la Culture et de la
/// Communication": ws[j], a word of [body_and_words], joins two parts of one body's name: capitalised words stand before
/// it back to the word linking a body's noun to what it is of ([body_link_words] after a [body_words] noun; an article
/// may stand between), and one to three capitalised words after it (perhaps after the linking word and an article
/// again), no role noun, title nor person known already. The index of the last of those, else 0 (quote_bodies.cpp).
std::size_t body_name_joint(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);
/// "Forest and Bird spokesperson Liam Roe", "Fire and Emergency spokeswoman Ann Roe": ws[j], a word of
/// [body_and_words], joins one or two capitalised words (no common given name first, a lower-case word or a mark before
/// them) to one or two more that a lower-case role noun follows: an organisation's name of its own before its member's
/// role, whole in the mention (quote_bodies.cpp).
bool role_owner_joint(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);
/// "Department of Wildlife Care", "Amt für Umwelt und Energie", "Institut für Hafenforschung": ws[noun], a capitalised
/// body's noun ([body_words]), then its linking word ([body_link_words]), perhaps articles, and the capitalised words
/// of what it is of (on past a word of [body_and_words]: body_name_joint): the index of the name's last word, else 0
/// (quote_bodies.cpp). Every path that reads a mention's words reads a body's name with it.
std::size_t body_name_end(const std::vector<Word>& ws, std::size_t noun, const Speakers& sp);
/// "le conseil municipal de", "the town council of": the index of a lower-case body's noun before the link word that
/// precedes the name at f (an adjective or two between them), else 0 (quote_bodies.cpp).
std::size_t lower_body_before(const std::vector<Word>& ws, std::size_t f, const Speakers& sp);
/// "the town council of Ashby": the index of the kind of place ([body_kind_words]) right before the lower-case body's
/// noun at `noun`, else `noun` (quote_bodies.cpp).
std::size_t with_body_kind(const std::vector<Word>& ws, std::size_t noun, const Speakers& sp);
/// "Deutsche Flugsicherung (DFS)", "Direction générale de l'aviation civile (DGAC)", "Federal Aviation Administration
/// (FAA)": the words ws[first..last] spell `low_acronym` (lower case): each capitalised word gives its initial, a
/// lower-case word its initial (past an elided article) or nothing, and where nouns are capitalised a compound with a
/// common noun's ending may give the initials of its parts after its own (quote_bodies.cpp).
bool acronym_spelled(const std::vector<Word>& ws, std::size_t first, std::size_t last, std::string_view low_acronym,
                     const Speakers& sp);

/// "so Jan Roth von der GVD": the index past the organisation that the word at j ("von") joins to the name before
/// it, else 0 (quote_bodies.cpp).
std::size_t affiliation_end(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);

} // namespace archive::quoting
