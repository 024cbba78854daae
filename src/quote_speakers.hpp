// The people of a page, the book the quotes stage resolves mentions against (quote_speakers.cpp): a Person with the
// roles and nations of its descriptions, and Speakers, the page's people with their mentions in reading order, found
// by a name, its last word or its first words, and the lists asked about them (stopwords, pronouns, kin, genders).
// Internal to the stage.
#pragma once

#include "lexicon.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::quoting {

struct Person {
    std::string name;
    char gender = 'x';
    // The words of its descriptions, each once, in the order met (a person has a few: a short vector, searched
    // through, costs less than the nodes of a tree).
    std::vector<std::string> roles;
    std::vector<std::string> nations;
    // Known to be a person, not a place or a body named like one ("South Carolina", "Harvard University"):
    // a title or role noun stood before the name, a pronoun was resolved to it, or a cue attributed words to it.
    bool personal = false;
    bool subject = false; // named once where it could be the subject of a sentence
    // Named right after a preposition holding an article ("am Flughafen Halle", "au Palais Bourbon"): a place or a
    // building, which a pronoun stands for only when the name was also a subject, or is known to be a person.
    bool place = false;
    std::string low;      // text::lower(name), kept in step with name (find_person compares it on every miss)
    // What a role of theirs is of ("groupe" of "chef de groupe", "état" of "le chef de l'État": role_fields): another
    // role of the same noun but of another field is someone else's ("le chef du DFAE").
    std::vector<std::string> fields;
    // The age the text gave with the name ("Darren Pickett, 46,": "46"; quote_ages.cpp), empty when none: an age noun
    // ("the 46-year-old") stands for them, and for no one given another age.
    std::string age;
    // The page's own paper, named by a mention spelling one of its own names ("écrit 24 heures": own_paper,
    // quote_publications.cpp): a publication, which no role noun describes and no pronoun stands for (no_person).
    bool publication = false;
};

struct Speakers {
    std::vector<const Lexicon*> lexs;
    bool capitalised_nouns = false; // German
    std::vector<Person> people;
    std::vector<std::pair<std::size_t, int>> events; // (reading position, person)
    // "The city's mayor presented a plan", "De minister van Verkeer presenteerde": a role noun after an article with
    // no name it describes, at its reading position (note_names): whoever is named after it is not that role's
    // holder unless described with it.
    // Each with the gender its article and noun give ("le vice-président", "die Betreiberin"; 'x' when neither does):
    // a pronoun of that gender after it stands for that role's holder rather than for someone named before it.
    struct RoleMet {
        std::size_t pos = 0;
        std::string role;
        char gender = 'x';
        bool opens = false; // its article opens a clause (the sentence's start, after a mark): a subject
        std::vector<std::string> fields; // what the role is of ("le chef du DFAE": role_fields)
        // the nationality it was met with ("Le ministre chinois", "the Chinese minister"); none: empty
        std::string nation;
    };
    std::vector<RoleMet> roles_met;
    // "Anna Roe [...] Le conseiller chargé du dossier nous a reçus. Il nous a expliqué": the last role of the pronoun's
    // gender ('f' or 'm') opening a clause with no name, after person k was last mentioned and before `pos`, none of
    // k's roles: the pronoun stands for that role's holder, the most recent person named with it (its index), else
    // someone the text does not name (-2); -1 when no such role was met.
    int role_met_since(int k, char gender, std::size_t pos) const;

    bool stopword(std::string_view w) const;
    bool pronoun(std::string_view w, char& gender) const;
    // "uncle", "Onkel", "mère": w is in [kin_words] of the lexicons; the sections are found on the first word asked
    // (kin_of asks it of each unnamed person a pronoun passes) and held in kin_sections.
    bool kin_word(std::string_view w) const;
    mutable std::vector<const LexiconSection*> kin_sections;
    mutable bool kin_found = false;
    // What a role mention asks of every person it may describe, read once per person rather than at each mention (a
    // page of thousands of "a déclaré le maire" among a hundred people read each person's words again at each one):
    // the offices of [office_words] its roles name, `roles_read` of them read so far (roles are only added to), and
    // whether its name names no person (no_person), for the name and `personal` it was read with.
    struct PersonFacts {
        std::size_t roles_read = 0;
        std::vector<std::string_view> offices;
        bool no_person_read = false;
        bool no_person_personal = false;
        bool no_person = false;
        std::string no_person_low;
        // (and the groups of [rival_roles] its roles are in, a set of bits for each line, `rival_roles_read` of
        // them read so far: quote_descriptions.cpp's rival_role)
        std::size_t rival_roles_read = 0;
        std::vector<std::uint64_t> rival_groups;
        // (and whether a role of it is a role noun and no title, `untitled_roles_read` of them read: quote_offices.cpp)
        std::size_t untitled_roles_read = 0;
        bool untitled_role = false;
    };
    mutable std::vector<PersonFacts> person_facts;
    // The facts of p, made room for, when p is one of `people`; else nullptr (a person of no book, read afresh).
    PersonFacts* facts_of(const Person& p) const;
    // The gender a description gives ('f', 'm', or 'x'): its first word that carries one, in the order given
    // ("la députée", "the spokeswoman", "die Sprecherin", "il sindaco"), words of a complement aside ("le chef
    // de la diplomatie" is a man's description). `reversed`: the words run from the name backwards. `known_tags`,
    // when given, holds the WordTags of each word, read already.
    char gender_of(const std::vector<std::string_view>& words, bool reversed = false,
                   const std::vector<std::uint16_t>* known_tags = nullptr) const;
    bool nationality(std::string_view w) const;

    StringMap<int> by_last_name; // lower-case last word -> first person with it
    // The keys of by_last_name as bits of word_bit: most words asked about are no one's last name, and are turned
    // away here without a look-up.
    std::array<std::uint64_t, 64> last_words{};
    static std::size_t word_bit(std::string_view low_word);
    // Whether `known`, a lower-cased name headed by a body's noun ("delegación del gobierno"), is a body that `low`,
    // a name ending as it does but headed by another body's noun ("gobierno"), cannot be (add_person).
    bool headed_body_elsewhere(std::string_view known, std::string_view low) const;
    // w, lower-cased, is a body's noun ([body_words], [organisation_words], [place_body_words]).
    bool body_noun(std::string_view low_word) const;
    // "El Ministerio de Cultura" after "el Ministerio" alone: the person named by the body's noun alone, whose name
    // becomes `name` (`low` its lower case), a noun and a link to what the body is of; -1 when no one (add_person).
    int grown_body_noun(std::string_view name, std::string_view low);
    int find_by_last_name(std::string_view low_last) const;
    // "Tomasza Wierzbickiego" after "Tomasz Wierzbicki": the one person whose name the lower-case `low` is in another
    // case, by the pairs of endings of [name_case_pairs] (quote_name_cases.cpp); -1 when none or several.
    int inflected_person(std::string_view low) const;
    // "a Agência Portuguesa do Ambiente (APA)": the acronym (lower case) by which the text names people[k] later.
    void note_acronym(int k, std::string_view low_acronym);
    // The lower-case first words of the names of several words people had, as bits of first_word_bit: find_person
    // looks for a longer name opening with the one asked only when its first word may open one,
    std::array<std::uint64_t, 64> first_words{};
    // and then only among the people in the chain of the name asked (opener_slot), not among all the page's people:
    // a person is in the chain of each opening of its name, the words before each of its spaces ("marie" and "marie
    // claire" of "marie claire roux"), so that a page of thousands of namesakes ("Marie Roux", "Marie Blanc", ...)
    // does not walk them all for each new name. The chains run through `openers` (a head and a next are an index in
    // openers plus one, 0 ending the chain; 256 heads, few enough to be cleared for each page at little cost). A
    // person whose name grew longer is in the chain of each opening it had.
    struct Opener {
        int person = 0;
        std::uint32_t next = 0;
    };
    std::vector<Opener> openers;
    std::array<std::uint32_t, 256> opener_head{};
    // "a ajouté Marie" after thousands of "Marie …" people: a name whose chain was long to walk keeps its answer (by
    // its chain's slot), the size of openers then and the size of the name found; asked again, only the chain's
    // entries added since are read (a name only grows, and each change of a name adds it to the chains of its
    // openings), unless the person found no longer opens with the name asked (read afresh).
    struct OpeningMemo {
        std::string low_name;
        int best = -1;
        std::size_t best_size = 0;
        std::uint32_t walked = 0; // (openers.size() when the answer was read; 0: no answer kept)
    };
    mutable std::vector<OpeningMemo> opening_memos; // (room made for one a slot at the first long walk)
    static std::size_t first_word_bit(std::string_view low_name);
    static std::size_t opener_slot(std::string_view low_opening); // (its chain's head in opener_head)
    void note_first_word(int k); // (people[k].low, as it is now)

    static std::string last_word(const std::string& name);

    int find_person(std::string_view name) const;
    // find_person for a name lower-cased already (text::lower(name)).
    int find_lowered_name(std::string_view low_name) const;
    // find_person for one word lower-cased already (a word's `low`, without a space): text::lower(low) is low.
    int find_person_lowered(std::string_view low) const;
    // The person with the longest name opening with the words of `low_name`, lower-cased; -1 when none.
    int longest_opening(std::string_view low_name) const;

    // "Nell Brooks" after "Ellen “Nell” Brooks": the lower-case `given` name is a nickname in quote marks inside the
    // lower-case `known` name.
    static bool nicknamed(std::string_view known, std::string_view given);
    int add_person(std::string_view name); // (copied only when it names someone new or a longer form)
    // Names settled before, by their lower case (most names met are of someone known already, named as before): a
    // slot holds a name whose person add_person found by its last word and left as it was, or made, or gave this
    // name as its own; while that person's name stays as it was, the same lower case gives the same person again,
    // changing nothing (add_person reads nothing else that changes within a page: a last word, once in by_last_name,
    // keeps its person).
    struct SettledName {
        std::uint8_t size = 0; // (of low; 0: an empty slot)
        char low[39];
        int person = 0;
        std::uint32_t known_size = 0; // people[person].name.size() when it was settled
    };
    std::array<SettledName, 64> settled{}; // (64: settled_slot)
    int settled_person(std::string_view name, std::string_view low) const; // the person of a slot, else -1
    void settle(std::string_view low, int k);
    // add_person for a name whose lower case is at hand: `low` is text::lower(name) (note_names joins its words'
    // `low`, read already, rather than lower-casing the name a second time).
    int add_person(std::string_view name, std::string_view low);
    // Appends a new person named `name` (`low`: text::lower(name)), who has no description yet; its index. The
    // person is made in the room of one of spare_people when there is one.
    int new_person(std::string_view name, std::string_view low);
    // The people of the thread's earlier pages, emptied into here by clear_people: their names' and lists' room is
    // taken again by the next page's people (given back to the allocator with each page, it was taken again by the
    // next).
    std::vector<Person> spare_people;
    // people.clear(), with each person's room kept in spare_people.
    void clear_people();

    // The words of a description of person k become its roles and nations (`known_tags`: as for gender_of; given by
    // note_names, whose words run from the name backwards: a name right after an office and the word linking it to
    // its field, "the mayor of X", is the office's place, which gets none).
    void describe(int k, const std::vector<std::string_view>& words,
                  const std::vector<std::uint16_t>* known_tags = nullptr);

    // The fields of a description of p in reading order (role_fields) become p's fields.
    void add_fields(Person& p, const std::vector<std::string_view>& words) const;

    void mentioned(std::size_t pos, int k);
    // One of the role nouns `roles` was met with no name (roles_met) before person k was first mentioned.
    // (`fields`: the description's role_fields; a role met with other fields is another role)
    bool role_met_before(const std::vector<std::string_view>& roles, int k,
                         const std::vector<std::string_view>& fields = {}) const;
    // "The Ledger reports that the Springbok coach has named [...] “Q,” the coach said": one of the role nouns `roles`
    // was met with no name (roles_met) after person k was last mentioned before `pos`, and k was described by none of
    // them: the role is that unnamed holder's, not k's.
    // Where person k was last mentioned before `pos`, if it was.
    std::optional<std::size_t> last_mention(int k, std::size_t pos) const;
    bool role_met_since_mention(const std::vector<std::string_view>& roles, int k, std::size_t pos,
                                const std::vector<std::string_view>& fields = {}) const;
    // The role met has fields and `fields` too, none agreeing (role_fields): another role of the same noun.
    static bool other_fields(const RoleMet& met, const std::vector<std::string_view>& fields);
    /// A role met and a role named are the same: the same word, or ("der Finanzminister" met, then "der Minister")
    /// in German, where a role and its field are one word, the met one ending with the named one.
    bool same_role(std::string_view met, std::string_view r) const;

    // Persons mentioned before `pos`, most recent first; only the last mentions count (recency is what
    // resolves a pronoun or a role), which also keeps the cost bounded on pages full of names.
    // With `reported_last`, a mention inside reported words (note_reported) ranks after every mention outside
    // them: the persons met outside first, most recent first, then those met only inside.
    std::vector<int> recent(std::size_t pos, bool reported_last = false) const;
    // The reading positions [b, e) of reported words, a quote's or an indirect quote's: "Perdue said he did not
    // believe those attacks did Romney in. [...] “Q,” he said": Romney, named inside Perdue's words, is no subject
    // of the writer's that a later pronoun turns back to.
    std::vector<std::pair<std::size_t, std::size_t>> reported;
    void note_reported(std::size_t b, std::size_t e);
    bool in_reported(std::size_t pos) const;
    // !recent(pos).empty(), without the list: someone among the last mentions was mentioned before `pos`.
    bool mentioned_before(std::size_t pos) const;
};

} // namespace archive::quoting
