// The look-ups that a page of many repeats made cost the square of its size, now made once: the copy of a paragraph
// above it in the region (region_edges.cpp cut_second_copy()), the longer names opening with a name among thousands of
// namesakes (Speakers::longest_opening, by each opening's own chain) and the offices and no_person() of each person
// at every role mention (Speakers::person_facts). What each gives must not have changed. Invented lines and names.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_descriptions.hpp"
#include "quotes_parts.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

// A page whose article prints one paragraph twice (a pull quote printed again further down).
const char* const fr_pulled = R"(Accueil
Le marché couvert de Plouzéven rouvre après un an de travaux
Les commerçants retrouvent leurs étals dès samedi matin sous la nouvelle charpente.
Le marché couvert de Plouzéven rouvrira samedi, après un an de travaux financés par la commune et la région.
« Nous avons gardé la charpente d'origine, poutre par poutre », raconte l'architecte Lucie Morvan.
La nouvelle toiture laisse entrer la lumière du jour sur les quarante étals du rez-de-chaussée.
« Nous avons gardé la charpente d'origine, poutre par poutre », raconte l'architecte Lucie Morvan.
La commune prévoit une fête d'inauguration le premier dimanche de juin pour tous les habitants.
Mentions légales
)";

const char* const en_pulled = R"(Home
The Fennick lighthouse opens to visitors after two years of repairs
Volunteers will guide groups up the spiral stairs every weekend from May.
The Fennick lighthouse will open to visitors on Saturday after two years of repairs paid for by the county.
"We kept every step of the old iron stair and cleaned it by hand," said engineer Tom Petherick of the trust.
The lamp room now holds a small exhibition on the keepers who lived on the headland for a century.
"We kept every step of the old iron stair and cleaned it by hand," said engineer Tom Petherick of the trust.
Tickets for the guided climbs can be booked at the harbour office from the first of April onwards.
Terms of use
)";

} // namespace

TEST_CASE("a page saved twice is cut where its first copy ends, past a paragraph its article prints twice",
          "[region][scale95]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last; // the article's last paragraph
        const char* line; // a paragraph, and a word of it written otherwise in a near miss's second copy
        const char* word;
        const char* other_word;
    };
    for (const Row& r :
         {Row{"fr", fr_pulled,
              "La commune prévoit une fête d'inauguration le premier dimanche de juin pour tous les habitants.",
              "La nouvelle toiture laisse entrer la lumière du jour sur les quarante étals du rez-de-chaussée.",
              "lumière", "clarté"},
          Row{"en", en_pulled,
              "Tickets for the guided climbs can be booked at the harbour office from the first of April onwards.",
              "The lamp room now holds a small exhibition on the keepers who lived on the headland for a century.",
              "small", "little"}}) {
        INFO(r.lang);
        const Article once = classify(segment(r.page), r.lang);
        REQUIRE(test::in_text(once, r.last));
        // The pull quote's copy inside the first copy is no second copy of the page; the page's own second copy is.
        const Article twice = classify(segment(std::string(r.page) + r.page), r.lang);
        CHECK(test::paragraphs_of(twice) == test::paragraphs_of(once));
        // (near miss: a second copy with one paragraph written otherwise is no copy of the page: nothing is cut)
        std::string other(r.page);
        const std::string line(r.line);
        std::string changed = line;
        changed.replace(changed.find(r.word), std::string_view(r.word).size(), r.other_word);
        other.replace(other.find(line), line.size(), changed);
        CHECK(test::in_text(classify(segment(std::string(r.page) + other), r.lang), changed));
    }
}

TEST_CASE("find_person finds the longest name opening with a name among many namesakes, by any opening",
          "[quotes][scale95]") {
    for (const char* lang : {"fr", "de", "en"}) {
        INFO(lang);
        quoting::Speakers sp = speakers_for(lang);
        // Hundreds of people sharing one given name ("Lena Brasko", "Lena Braskp", ...), one with a second given name.
        std::vector<int> lenas;
        for (char a = 'a'; a <= 'z'; ++a)
            for (char b = 'a'; b <= 'j'; ++b)
                lenas.push_back(sp.add_person(std::string("Lena Brask") + a + b));
        const int marta = sp.add_person("Lena Marta Vollrath");
        const int longest = sp.add_person("Lena Ottilie Vollrath");
        CHECK(sp.find_person("Lena Marta") == marta);
        CHECK(sp.find_person("Lena Ottilie") == longest);
        CHECK(sp.find_person("Lena") == longest); // (the longest name opening with it)
        CHECK(sp.find_person("Lena Braskqd") == lenas[16 * 10 + 3]);
        // (near misses: an opening that ends inside a word, a given name that opens no one's name)
        CHECK(sp.find_person("Lena Mart") == -1);
        CHECK(sp.find_person("Lena Braskzz") == -1);
        CHECK(sp.find_person("Marta") == -1);
        // Of two longest names, the one added last.
        const int last = sp.add_person("Lena Ottilie Vollrats");
        CHECK(sp.find_person("Lena Ottilie") == last);
        CHECK(sp.find_person("Lena") == last);
        // "Kessler" met first, then "Anna Lise Kessler": the grown name is found by each of its openings.
        const int kessler = sp.add_person("Kessler");
        CHECK(sp.find_person("Anna Lise") == -1);
        REQUIRE(sp.add_person("Anna Lise Kessler") == kessler);
        CHECK(sp.find_person("Anna Lise") == kessler);
        CHECK(sp.find_person("Anna") == kessler);
    }
}

TEST_CASE("the offices a person holds and whether the name names no one follow the person's words as they grow",
          "[quotes][scale95]") {
    struct Row {
        const char* lang;
        const char* name;
        std::vector<std::string_view> first;  // a description naming no office
        std::vector<std::string_view> office; // then one naming an office
        std::string_view held, other;         // that office, and another one
        const char* street;                   // a street's name, read as a name
    };
    const std::vector<Row> rows = {
        {"fr", "Paul Vernet", {"le", "directeur"}, {"le", "ministre"}, "ministre", "maire", "Rue Lamarck"},
        {"en", "Tom Hale", {"the", "director"}, {"the", "mayor"}, "mayor", "senator", "Harbour Road"},
        {"de", "Eva Roth", {"die", "direktorin"}, {"die", "bundesministerin"}, "ministerin", "bürgermeisterin", ""},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        quoting::Speakers sp = speakers_for(r.lang);
        sp.capitalised_nouns = std::string_view(r.lang) == "de";
        const int k = sp.add_person(r.name);
        const quoting::Person& p = sp.people[static_cast<std::size_t>(k)];
        sp.describe(k, r.first);
        // (asked before the office was known: no office held, none other)
        CHECK(!quoting::holds_other_office(p, {r.other}, quoting::office_bases({r.other}, sp), false, sp));
        CHECK(!quoting::holds_same_office(p, quoting::office_bases({r.held}, sp), sp));
        CHECK(!quoting::no_person(p, sp));
        sp.describe(k, r.office);
        // The office added since is read: it is held, and another office is someone else's.
        CHECK(quoting::holds_same_office(p, quoting::office_bases({r.held}, sp), sp));
        CHECK(!quoting::holds_other_office(p, {r.held}, quoting::office_bases({r.held}, sp), false, sp));
        CHECK(quoting::holds_other_office(p, {r.other}, quoting::office_bases({r.other}, sp), false, sp));
        if (std::string_view(r.street).empty())
            continue;
        // A street's name is no one until the text shows it is a person's; asked again after each change.
        // (p is not read past here: a person added may move the people)
        const int street = sp.add_person(r.street);
        CHECK(quoting::no_person(sp.people[static_cast<std::size_t>(street)], sp));
        sp.people[static_cast<std::size_t>(street)].personal = true;
        CHECK(!quoting::no_person(sp.people[static_cast<std::size_t>(street)], sp));
        // (and a name that changed is read again: the person's own grows to an agency's name)
        sp.people[static_cast<std::size_t>(k)].name = "Reuters";
        sp.people[static_cast<std::size_t>(k)].low = "reuters";
        CHECK(quoting::no_person(sp.people[static_cast<std::size_t>(k)], sp));
    }
}
