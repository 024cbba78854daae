// The quotes stage reads each unit's quote spans and cues into the room of the last unit's (find_quote_spans_into,
// cues_with_phrases_into), a sentence's words into the room of the last sentence's (words_between_into), and a page's
// people into the room of the thread's last page's (Speakers::clear_people, new_person): what the last one left there
// must change nothing.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

using namespace archive;

namespace {

auto fields(const QuoteSpan& q) {
    return std::make_tuple(q.open, q.close, q.close_len, q.open_len, q.closed);
}

auto fields(const Cue& c) {
    return std::make_tuple(c.begin, c.end, c.text, c.pronoun);
}

template <class T>
bool same(const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (fields(a[k]) != fields(b[k]))
            return false;
    return true;
}

} // namespace

TEST_CASE("a unit's spans and cues read into the last unit's room are those read afresh", "[quotes][room]") {
    // (invented lines: quotes of each convention, one-word cues, an inverted verb, a listed phrase, a line with none)
    const std::vector<std::pair<std::string, std::string>> units = {
        {"en", "\"We will rebuild the pier by spring,\" said harbour master Tilda Marsh on Monday."},
        {"en", "The council voted late. Nobody spoke after the count."},
        {"de", "„Das Dach hält nicht mehr“, sagte die Stadträtin Wiebke Lorenz. Sie hat „bald“ versprochen."},
        {"fr", "« Nous ne céderons pas », a-t-il déclaré mardi, avant d'ajouter : « Jamais. »"},
        {"es", "«No vamos a cerrar el mercado», dijo la concejala Nuria Peralta, que dio a conocer el plan."},
        {"it", "«Il ponte riapre a maggio», ha detto il sindaco Carlo Benvenuti ai cronisti."},
    };
    // The room as a longer unit with quotes and cues of its own left it.
    const std::string last = "\"One,\" he said. \"Two,\" she said. 'Three,' they said. \"Four\" and \"five,\" we said.";
    const auto last_lexs = quoting::lexicons_for("en");
    const auto last_words = quoting::words_of(last, 0, last.size(), &last_lexs);
    for (const auto& [language, s] : units) {
        CAPTURE(s);
        const auto lexs = quoting::lexicons_for(language);
        const auto ws = quoting::words_of(s, 0, s.size(), &lexs);

        std::vector<QuoteSpan> spans = quoting::find_quote_spans(last, last_words);
        REQUIRE(spans.size() >= 4);
        quoting::find_quote_spans_into(spans, s, ws);
        CHECK(same(spans, quoting::find_quote_spans(s, ws)));
        CHECK(same(spans, find_quote_spans(s)));

        std::vector<Cue> cues = quoting::cues_with_phrases(last, last_words, last_lexs);
        REQUIRE(cues.size() >= 4);
        quoting::cues_with_phrases_into(cues, s, ws, lexs);
        CHECK(same(cues, quoting::cues_with_phrases(s, ws, lexs)));

        // (the words of the unit after its first word, as indirect_speech reads a sentence's)
        std::vector<quoting::Word> words = last_words;
        const std::size_t from = ws.at(1).b;
        quoting::words_between_into(words, ws, quoting::words_between_parts(s, ws, from, s.size(), &lexs));
        const auto fresh = quoting::words_between(s, ws, from, s.size(), &lexs);
        REQUIRE(words.size() == fresh.size());
        REQUIRE(words.size() + 1 == ws.size());
        for (std::size_t k = 0; k < words.size(); ++k)
            CHECK((words[k].b == fresh[k].b && words[k].e == fresh[k].e && words[k].low == fresh[k].low));
    }
}

TEST_CASE("the spans and cues read into a room are the unit's own", "[quotes][room]") {
    const std::string s = "„Wir bauen neu“, sagte Jonas Adler. Er fügte hinzu: „Bald.“";
    const auto lexs = quoting::lexicons_for("de");
    const auto ws = quoting::words_of(s, 0, s.size(), &lexs);
    std::vector<QuoteSpan> spans(3, QuoteSpan{1, 2, 1, 1, true});
    quoting::find_quote_spans_into(spans, s, ws);
    REQUIRE(spans.size() == 2);
    CHECK(s.substr(spans[0].open + spans[0].open_len, spans[0].close - spans[0].open - spans[0].open_len) ==
          "Wir bauen neu");
    CHECK(spans[1].closed);
    std::vector<Cue> cues(2, Cue{0, 1, "x", "y"});
    quoting::cues_with_phrases_into(cues, s, ws, lexs);
    REQUIRE_FALSE(cues.empty());
    CHECK(cues.front().text == "sagte");
    for (const Cue& c : cues)
        CHECK(c.text != "x");
}

TEST_CASE("a person made in the room of an earlier page's person is a new person", "[quotes][room]") {
    for (const char* language : {"en", "de", "fr"}) {
        CAPTURE(language);
        quoting::Speakers sp = quote_checks::speakers_for(language);
        // (a long name and many role words: strings and lists that hold room of their own)
        const int k = sp.add_person("Bartholomew Wintergreen-Ashcombe", "bartholomew wintergreen-ashcombe");
        sp.describe(k, {"the", "canadian", "harbour", "pilot", "and", "deputy", "ferry", "commissioner"});
        sp.people[static_cast<std::size_t>(k)].gender = 'm';
        sp.people[static_cast<std::size_t>(k)].personal = true;
        sp.people[static_cast<std::size_t>(k)].subject = true;
        sp.people[static_cast<std::size_t>(k)].place = true;
        REQUIRE_FALSE(sp.people[static_cast<std::size_t>(k)].roles.empty());
        sp.clear_people();
        REQUIRE(sp.people.empty());
        REQUIRE(sp.spare_people.size() == 1);

        const int j = sp.new_person("Ida Lind", "ida lind");
        CHECK(j == 0);
        CHECK(sp.spare_people.empty());
        const quoting::Person& p = sp.people.at(0);
        const quoting::Person fresh{"Ida Lind", 'x', {}, {}, false, false, false, "ida lind", {}, {}};
        CHECK(p.name == fresh.name);
        CHECK(p.low == fresh.low);
        CHECK(p.gender == fresh.gender);
        CHECK(p.roles.empty());
        CHECK(p.nations.empty());
        CHECK(p.personal == fresh.personal);
        CHECK(p.subject == fresh.subject);
        CHECK(p.place == fresh.place);
    }
}

namespace {

// The quotes of `page` as one string, speakers and mentions with them.
std::string quotes_of(const Article& page) {
    std::string out;
    for (const Quote& q : extract_quotes(page))
        out += q.text + " | " + q.speaker.value_or("-") + " | " + q.mention.value_or("-") + "\n";
    return out;
}

} // namespace

TEST_CASE("a page's quotes are the same after another page's people on the thread", "[quotes][room]") {
    // (invented pages: the first names and describes people whose names, roles and genders the second would take
    // for its own if they were left in the room)
    struct Pair {
        std::string lang;
        std::vector<std::string> before, page;
    };
    const std::vector<Pair> pairs = {
        {"en",
         {"Harbour master Tilda Marsh, a Canadian pilot, spoke on Monday.",
          "\"We will rebuild the pier by spring,\" said Marsh. \"It is overdue,\" she added."},
         {"The ferry commissioner Oskar Lind met the crews.", "\"The timetable stays,\" the commissioner said.",
          "\"Nobody loses a shift,\" he said."}},
        {"de",
         {"Die Stadträtin Wiebke Lorenz sprach am Montag.", "„Das Dach hält nicht mehr“, sagte Lorenz."},
         {"Der Fährkapitän Jonas Adler traf die Mannschaft.", "„Der Fahrplan bleibt“, sagte der Kapitän.",
          "„Niemand verliert eine Schicht“, sagte er."}},
        {"fr",
         {"La maire Lucie Fabre, une élue bretonne, a parlé lundi.", "« Nous rouvrirons le port », a dit Fabre."},
         {"Le capitaine du bac Paul Morin a réuni l'équipage.", "« L'horaire reste », a déclaré le capitaine.",
          "« Personne ne perd son poste », a-t-il ajouté."}},
    };
    for (const auto& [lang, before, page] : pairs) {
        CAPTURE(lang);
        const Article first = quote_checks::body(lang, before);
        const Article second = quote_checks::body(lang, page);
        // (a new thread's room is empty: the page read there is read afresh)
        std::string afresh;
        std::thread([&] { afresh = quotes_of(second); }).join();
        REQUIRE_FALSE(afresh.empty());
        CHECK_FALSE(quotes_of(first).empty());
        CHECK(quotes_of(second) == afresh);
    }
}
