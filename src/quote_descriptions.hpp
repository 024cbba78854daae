// What a description or a run of names stands for once read (quote_descriptions.cpp, quote_role_forms.cpp): no
// person (an agency, a body, a group, a day, a report), someone the text does not name, the holder of a feminine
// role's form, the field of an office. Internal to the stage.
#pragma once

#include "quote_nouns.hpp"
#include "quote_speakers.hpp"
#include "quote_words.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// "Reuters", "Nachrichtenagentur Reuters", "Süddeutsche Zeitung", "Wednesday": person p's name is a news agency's, holds
/// a noun of an agency or (past its first word) of a title or a body, or is a date's: a medium, a body or a day the
/// names of a text were taken for, not a person (quote_descriptions.cpp).
bool no_person(const Person& p, const Speakers& sp);
/// "Einwohner Bergstadts", "Hälfte der Befragten": the lower-case name `low` opens with a plural noun of a group of
/// people ([group_words]) or a share of one ([share_words]), so names a group, no person (quote_descriptions.cpp).
bool group_run(std::string_view low, const Speakers& sp);
/// "Monday", "March", "Lundi": `low` names a day or a month of the language, so no one, although capitalised
/// (quote_descriptions.cpp).
bool date_word(std::string_view low, const Speakers& sp);
/// "Mittwoch", "May", "Abend": `w` is a date_word() or a time of the day ([time_of_day_words])
/// (quote_descriptions.cpp).
bool time_word(std::string_view w, const Speakers& sp);
/// "a media report", "einem Medienbericht", "un rapport": `low` is a noun of a text or a medium ([report_words]; where
/// nouns are capitalised the end of a compound too), which names no speaker; `upper`: the word is capitalised
/// ("the Associated Press" names an agency) (quote_descriptions.cpp).
bool report_noun(std::string_view low, bool upper, const Speakers& sp);
/// "a spokesman for the agency said": a person with no name, described by the words of the role (`words` up to a
/// complement word) and of `gender`, joins the book mentioned at `pos` (quote_descriptions.cpp).
void add_unnamed(Speakers& sp, std::size_t pos, char gender, const std::vector<std::string_view>& words);
/// Person p is one add_unnamed brought in: someone the text does not name.
inline bool unnamed(const Person& p) {
    return p.name.empty();
}
/// "dijo la alcaldesa" after "el alcalde Ana Ruiz", "la prima cittadina" after "il sindaco Anna Rossi": the person a
/// feminine description (its lower-case words) names at reading position `pos` when the only person holding its
/// role, or the masculine form [feminine_role_forms] gives it, was described as a man; -1 otherwise
/// (quote_role_forms.cpp).
int feminine_role_holder(const std::vector<std::string_view>& words, std::size_t pos, const Speakers& sp);

/// "la magistrata" after "il procuratore Ada Neri", "el mandatario" after "el gobernador Luis Paz", "la ministre"
/// after "la conseillère d'État Ana Roux": the person a description (its lower-case words, of `gender`) names at
/// reading position `pos` by a generic noun of a group of [role_kinds], when that person, mentioned before, is the
/// only one of the page holding a role of the group; -1 otherwise (quote_role_forms.cpp).
int kind_role_holder(const std::vector<std::string_view>& words, char gender, std::size_t pos, const Speakers& sp);

/// "il primo cittadino", "la prima cittadina": the forms that the entries "phrase = forms" of the word list `section`
/// give for each phrase whose words stand in a row among the lower-case `words` of a description (views of the
/// lexicon's own text) (quote_role_forms.cpp).
std::vector<std::string_view> phrase_forms(const std::vector<std::string_view>& words, std::string_view section,
                                           const Speakers& sp);
/// "le conseiller d'Etat" after "Lucien Roy, président du parti": person p was described with an office of
/// [office_words] and with none of `offices`, the lower-case office words of a description: p holds another office,
/// and the description is someone else's; with `any_role`, so is p described with a role noun naming no office
/// (quote_offices.cpp). `bases`: office_bases(offices).
bool holds_other_office(const Person& p, const std::vector<std::string_view>& offices,
                        const std::vector<std::string_view>& bases, bool any_role, const Speakers& sp);
/// Speakers::person_facts's reading of a person's roles: the facts of p's roles from role `read` on added to `facts`
/// by add(from, facts), and `read` then all of them (roles are only added to; a count past them, never met, reads
/// `facts` afresh from its default).
template <class Facts, class Add>
void read_added_roles(const Person& p, std::size_t& read, Facts& facts, Add add) {
    if (read > p.roles.size()) {
        facts = Facts{};
        read = 0;
    }
    if (read < p.roles.size()) {
        add(read, facts);
        read = p.roles.size();
    }
}
/// The facts of p's roles kept in Speakers::person_facts (`read` and `kept`, the members read_added_roles() extends by
/// add(from, facts)), or, for a person of no book, read afresh into `room` from its default.
template <class Facts, class Add>
const Facts& person_role_facts(const Person& p, const Speakers& sp, std::size_t Speakers::PersonFacts::*read,
                               Facts Speakers::PersonFacts::*kept, Facts& room, Add add) {
    Speakers::PersonFacts* facts = sp.facts_of(p);
    if (facts == nullptr) {
        room = Facts{};
        add(0, room);
        return room;
    }
    read_added_roles(p, facts->*read, facts->*kept, add);
    return facts->*kept;
}
/// The entry of [office_words] each of `offices` names, after an elided article ("die Integrationsministerin":
/// "ministerin"), empty for one naming none: read once for a description, asked of each person (quote_offices.cpp).
std::vector<std::string_view> office_bases(const std::vector<std::string_view>& offices, const Speakers& sp);
/// "die Integrationsministerin" after "Bundesministerin Eva Roth": person p was described with a word naming the office
/// one of the description's offices names (`bases`, office_bases), another compound of it (quote_offices.cpp).
bool holds_same_office(const Person& p, const std::vector<std::string_view>& bases, const Speakers& sp);

/// "le ministre des Affaires maritimes", "the Secretary of Transport", "der Minister für Umwelt": the name n of the
/// words `sub` follows a role noun of [field_role_words] and the word linking it to its field ([complement_words],
/// [body_link_words]; articles may stand between): it names what the office is of, no person, unless a body's noun or
/// an acronym makes it a body (quote_descriptions.cpp).
bool office_field(const std::vector<Word>& sub, const NameSpan& n, const Speakers& sp);
/// The first capitalised word of an office's field (office_field) in the words first..last of ws, else 0.
std::size_t office_field_start(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp);

} // namespace archive::quoting
