// Tests of the quotes stage's fast paths against the plain ones: a name met before answered from the speaker book's
// settled names (Speakers::settled), and a document's verb looked for near the quote marks of a sentence's bytes only.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <cstddef>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

// The persons add_person gives the names in turn and the book's names after them; `plain`: with the settled names
// forgotten before each name, so that each is settled the long way.
struct Book {
    std::vector<int> given;
    std::vector<std::string> names;
};
Book read_names(const std::string& language, const std::vector<std::string>& names, bool plain) {
    quoting::Speakers sp = speakers_for(language);
    Book out;
    for (const std::string& name : names) {
        if (plain)
            sp.settled = {};
        out.given.push_back(sp.add_person(name));
    }
    for (const quoting::Person& p : sp.people)
        out.names.push_back(p.name);
    return out;
}

} // namespace

TEST_CASE("a name met before gives the person the long way gives", "[quotes][settled]") {
    struct Row {
        const char* language;
        std::vector<std::string> names;
    };
    const std::vector<Row> rows = {
        // the same name again, its last word alone, a longer form, then the shorter ones once more
        {"en", {"Tova Brannick", "Tova Brannick", "Brannick", "Tova Brannick's", "Tova J. Brannick", "Tova Brannick",
                "Brannick", "Brannick’s", "Tova J. Brannick"}},
        // a surname shared by two first names, each met again (a new person each time the long way: the same here)
        {"en", {"Hori Waaka", "Mere Waaka", "Mere Waaka", "Hori Waaka", "Waaka", "Mere Waaka"}},
        // a second name that tells another person of the family, and a nickname in quote marks
        {"en", {"Juno Ray Okafor", "Juno Tom Okafor", "Juno Ray Okafor", "Ada “Dee” Imber", "Dee Imber", "Dee Imber"}},
        // two surnames, the end of the name met alone
        {"es", {"Mauricio Landa Cárdenas", "Landa Cárdenas", "Landa Cárdenas", "Mauricio Landa Cárdenas",
                "Landa Cárdenas", "Cárdenas"}},
        // non-ASCII and capitals: the same lower case, other bytes
        {"de", {"Jörg Ølund", "JÖRG ØLUND", "Jörg Ølund", "Ølund", "ØLUND", "Jörg Ølund"}},
        // names longer than a slot holds, and names that share a slot (size, first, middle and last bytes)
        {"fr", {"Marie-Ségolène Dupont-Aignan de la Tour-Vaillant", "Marie-Ségolène Dupont-Aignan de la Tour-Vaillant",
                "Tour-Vaillant", "Ana Roux", "Ada Roux", "Ana Roux", "Ada Roux", "Eva Rose", "Eve Rose", "Eva Rose"}},
        // a trade before a name of three words, then the name
        {"en", {"Architect Lia Vosk", "Lia Vosk", "Architect Lia Vosk", "Lia Vosk"}},
        // empty and one-letter names
        {"it", {"", "A", "A", "", "Bo", "Bo"}},
    };
    for (const Row& r : rows) {
        CAPTURE(r.language, r.names.front());
        const Book fast = read_names(r.language, r.names, false), plain = read_names(r.language, r.names, true);
        CHECK(fast.given == plain.given);
        CHECK(fast.names == plain.names);
    }
}

TEST_CASE("a name met again is answered from the settled names", "[quotes][settled]") {
    quoting::Speakers sp = speakers_for("en");
    const int k = sp.add_person("Tova Brannick");
    CHECK(sp.add_person("Tova Brannick") == k); // (settled here)
    CHECK(sp.settled_person("Tova Brannick", "tova brannick") == k);
    CHECK(sp.settled_person("Tova Brannicks", "tova brannicks") == -1);
    CHECK(sp.settled_person("", "") == -1);
    // The person's name grew: the slot no longer answers, the long way does.
    CHECK(sp.add_person("Tova J. Brannick") == k);
    CHECK(sp.settled_person("Tova Brannick", "tova brannick") == -1);
    CHECK(sp.add_person("Tova Brannick") == k);
}

TEST_CASE("a sentence's document verb is found with the text running on after it", "[quotes][settled]") {
    // (invented lines: a verb before a colon, one after a quote, marks in the rest of the text only)
    const std::vector<std::pair<std::string, std::string>> units = {
        {"en", "The letter reads: \u201cWe close the pier.\u201d The harbour master said \"soon\": it will."},
        {"en", "\u201cThe fees rise,\u201d the statement read. Later: \u201cnot yet,\u201d it read."},
        {"en", "Nobody read it. Then the letter reads: \u201cNo.\u201d"},
        {"de", "Darin steht: „Wir bauen neu.“ Der Brief endet: „Bald.“"},
        {"fr", "On y lit : « Le quai ferme. » Puis : « Pas encore. »"},
        {"de", "Kein Zeichen hier. Und dort auch keines."},
    };
    for (const auto& [language, s] : units) {
        CAPTURE(s);
        const auto lexs = quoting::lexicons_for(language);
        for (std::size_t cut = s.find('.') + 1; cut != 0 && cut <= s.size(); cut = s.find('.', cut) + 1) {
            // The words of s up to `cut`, read in the whole text and in the text cut there.
            const std::string head = s.substr(0, cut);
            const auto ws = quoting::words_of(s, 0, cut, &lexs);
            const auto head_ws = quoting::words_of(head, 0, head.size(), &lexs);
            const std::vector<Cue> in_all = quoting::cues_with_phrases(s, ws, lexs);
            const std::vector<Cue> in_head = quoting::cues_with_phrases(head, head_ws, lexs);
            REQUIRE(in_all.size() == in_head.size());
            for (std::size_t k = 0; k < in_all.size(); ++k)
                CHECK((in_all[k].begin == in_head[k].begin && in_all[k].text == in_head[k].text));
        }
    }
}

TEST_CASE("a word is found as a name's first word as a name of one word is", "[quotes][settled]") {
    // find_person_lowered reads the chain of the word's own bit (a word has no space) where find_lowered_name works
    // out the first word's bit: the two agree on every word.
    quoting::Speakers sp = speakers_for("de");
    for (const char* name : {"Hana Te Moana", "Hana Te Moana Whetu", "Ørjan Lind", "Rewi", "Ngaio Rewi", "Ída Þór Sæ",
                             "Li", "Li Wei", "Wei"})
        sp.add_person(name);
    for (const char* w : {"hana", "te", "moana", "ørjan", "lind", "rewi", "ngaio", "ída", "þór", "li", "wei", "x",
                          "", "kein", "hanah", "ørja"}) {
        CAPTURE(w);
        CHECK(sp.find_person_lowered(w) == sp.find_lowered_name(w));
    }
}
