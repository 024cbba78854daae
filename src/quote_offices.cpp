// Runs of capitalised words that name an office of a place, not a person ("des nächsten Chief Executives von
// Hongkong", "le Chief Executive de Hongkong"): names_into leaves them out of a sentence's names; and the offices of
// a description that a person known to hold another does not hold (holds_other_office), or holds under another
// compound of it (holds_same_office); and the field of an office written right after its role (office_field_word).
#include "quote_descriptions.hpp"
#include "quote_nouns.hpp"
#include "quote_office_fields.hpp"
#include "quote_word_tags.hpp"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace archive::quoting {

namespace {

// "Chief", "Executives", "Gouverneur": a role word of any language's [role_words], or one with its final s dropped
// (a plural or a genitive: "des Chief Executives"). An office's title is often kept in its own language inside
// another's sentence, so every language's list is asked.
bool any_role_word(std::string_view w) {
    static const LexiconSection& roles = any_language_section("role_words"); // (found once)
    return roles.has(w) || (w.size() > 3 && w.back() == 's' && roles.has(w.substr(0, w.size() - 1)));
}

// The entry of [office_words] the lower-case word w is, or (where nouns are capitalised) the end of a compound of
// three bytes or more before it ("bundesministerin": "ministerin"); empty when none.
std::string_view office_base(std::string_view w, const Speakers& sp) {
    for (const Lexicon* lex : sp.lexs)
        for (const auto& t : entries_of(lex, "office_words"))
            if (w == t || (sp.capitalised_nouns && ends_after(w, t, 3)))
                return t;
    return {};
}

} // namespace

bool office_of_place(const std::vector<Word>& ws, std::size_t k, std::size_t e) {
    std::size_t p = k; // the word linking the title to its place: a name's particle in the run, or the word after it
    while (p <= e && ws[p].upper)
        ++p;
    std::size_t place = p; // past the linking word and the particles or articles after it ("von der", "de la")
    while (place < ws.size() && place < p + 3 && !ws[place].punct && !ws[place].upper)
        ++place;
    if (p == k || place == p || place >= ws.size() || ws[place].punct || !ws[place].upper)
        return false;
    for (std::size_t j = k; j < p; ++j)
        if (!any_role_word(ws[j].low))
            return false;
    return particle(ws[p].low) || any_language_has("body_link_words", ws[p].low);
}

namespace {

// The offices p's roles name from its role `from` on ("bundesministerin" holds "ministerin"), added to `held`.
void add_held_offices(const Person& p, std::size_t from, const Speakers& sp, std::vector<std::string_view>& held) {
    for (std::size_t r = from; r < p.roles.size(); ++r)
        if (const std::string_view o = office_base(after_elided_prefix(p.roles[r]), sp); !o.empty())
            held.push_back(o);
}

// The office each of p's words names, read once for each role of a person of the book (Speakers::person_facts:
// asked of every person at every role mention), in the room given for one of no book.
const std::vector<std::string_view>& held_offices(const Person& p, const Speakers& sp,
                                                  std::vector<std::string_view>& room) {
    return person_role_facts(p, sp, &Speakers::PersonFacts::roles_read, &Speakers::PersonFacts::offices, room,
                             [&](std::size_t from, std::vector<std::string_view>& held) {
                                 add_held_offices(p, from, sp, held);
                             });
}

// p holds the office `base` of an office word names (office_bases: "die Integrationsministerin" after
// "Bundesministerin Eva Roth", two compounds of one office).
bool holds_office(std::string_view base, const std::vector<std::string_view>& held) {
    return std::any_of(held.begin(), held.end(), [base](std::string_view h) { return same_word(h, base); });
}

// A role of p is a role noun that is no title ("director", not "Sen."), read once for each role of a person of the
// book (Speakers::person_facts).
bool untitled_role(const Person& p, const Speakers& sp) {
    const auto untitled = [&sp](const std::string& r) { return role_noun(r, sp) && !title_noun(r, sp); };
    bool room = false;
    return person_role_facts(p, sp, &Speakers::PersonFacts::untitled_roles_read,
                             &Speakers::PersonFacts::untitled_role, room, [&](std::size_t from, bool& any) {
                                 any = any || std::any_of(p.roles.begin() + static_cast<std::ptrdiff_t>(from),
                                                          p.roles.end(), untitled);
                             });
}

} // namespace

std::vector<std::string_view> office_bases(const std::vector<std::string_view>& offices, const Speakers& sp) {
    std::vector<std::string_view> bases;
    bases.reserve(offices.size());
    for (std::string_view o : offices)
        bases.push_back(office_base(after_elided_prefix(o), sp));
    return bases;
}

// "le conseiller d'Etat" after "Lucien Roy, président du parti", "the mayor" after "President Tom Vale": one person
// holds one office of [office_words] as a rule, so a description by another office is someone else's (the words
// agree as a role's score has them agree: alike, a German compound's end, a synonym).
bool holds_other_office(const Person& p, const std::vector<std::string_view>& offices,
                        const std::vector<std::string_view>& bases, bool any_role, const Speakers& sp) {
    if (offices.empty() || p.roles.empty())
        return false;
    std::vector<std::string_view> room;
    const std::vector<std::string_view>& held = held_offices(p, sp, room);
    // "a fait savoir le procureur" after "assure son directeur, Jean Fabre", "said the prosecutor" after "said its
    // director, John Fisher": one described by a role noun that names no office (no title: "Sen.", "Dr.") holds
    // none, and an office the words they were described with do not name is someone else's too (asked when
    // `any_role`: not of an office no longer held, "the former senator", which the person may be described apart from).
    if (held.empty() && (!any_role || !untitled_role(p, sp)))
        return false;
    for (std::size_t i = 0; i < offices.size(); ++i) {
        const std::string w(offices[i]);
        if (matches(p.roles, w) != 0 || synonym_matches(p.roles, offices[i], sp.lexs) != 0 ||
            holds_office(bases[i], held))
            return false;
    }
    return true;
}

bool office_field_word(std::string_view w, bool before_name, const Speakers& sp) {
    if (in_list(sp.lexs, "office_field_words", w))
        return true;
    if (!before_name)
        return false;
    for (const Lexicon* lex : sp.lexs)
        for (const auto& o : entries_of(lex, "office_field_openings"))
            if (w.size() >= o.size() + 5 && w.starts_with(o))
                return true;
    return false;
}

bool holds_same_office(const Person& p, const std::vector<std::string_view>& bases, const Speakers& sp) {
    if (bases.empty() || p.roles.empty())
        return false;
    std::vector<std::string_view> room;
    const std::vector<std::string_view>& held = held_offices(p, sp, room);
    return !held.empty() &&
           std::any_of(bases.begin(), bases.end(), [&](std::string_view base) { return holds_office(base, held); });
}

} // namespace archive::quoting
