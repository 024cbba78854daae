// Tests of the look-ups of the quotes stage: role nouns, persons, genders, titles, word tags and names.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quotes.hpp"
#include "quotes_parts.hpp"
#include "text.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

using namespace archive::quote_checks;

TEST_CASE("role_noun finds a role word whole or at the end of a longer word", "[quotes]") {
    // The reference: every role word of the language compared with the word and with its ending.
    auto reference = [](const quoting::Speakers& sp, const std::string& w) {
        for (const Lexicon* lex : sp.lexs)
            for (const auto& r : lex->role_words)
                if (w == r || (w.size() > r.size() + 3 && w.compare(w.size() - r.size(), r.size(), r) == 0))
                    return true;
        return false;
    };
    for (std::string code : {"de", "en", "fr"}) {
        quoting::Speakers sp = speakers_for(code);
        REQUIRE(!sp.lexs.empty());
        std::vector<std::string> words = {"", "a", "the", "house", "garden", "umbrella", "xyz"};
        for (const std::string_view role : sp.lexs[0]->role_words) {
            const std::string r(role);
            for (std::string prefix : {"", "a", "ab", "abc", "abcd", "vize", "ober"})
                words.push_back(prefix + r);
            // (a role word cut at either end: its endings are read from the last byte, and stop short of a role word)
            if (!r.empty()) {
                words.push_back(r.substr(1));
                words.push_back(r.substr(0, r.size() - 1));
                words.push_back("abcd" + r.substr(0, r.size() - 1));
            }
        }
        // (the inline test of a word's last two bytes that names_into asks first never turns a role noun away, nor
        // one after an elided article)
        const quoting::WordTags& tags = quoting::word_tags(sp.lexs);
        for (const auto& w : words) {
            CAPTURE(code, w);
            CHECK(quoting::role_noun(w, sp) == reference(sp, w));
            CHECK((tags.may_be_role_noun(w) || !reference(sp, w)));
            CHECK((tags.may_be_role_noun("l'" + w) || !quoting::role_noun("l'" + w, sp)));
            CHECK((tags.may_be_role_noun("l\u2019" + w) || !quoting::role_noun("l\u2019" + w, sp)));
        }
        CHECK(!tags.may_be_role_noun("xyzq"));
        // (a word ending like a role word in its last two bytes only, most words the first test lets through, is
        // turned away by its last three: "xq" and a role word's last two bytes end no role word of the language)
        std::size_t probes = 0, turned_away = 0;
        for (const std::string_view role : sp.lexs[0]->role_words) {
            if (role.size() < 3)
                continue;
            const std::string w = "xq" + std::string(role.substr(role.size() - 2));
            CAPTURE(code, w);
            REQUIRE(!reference(sp, w));
            ++probes;
            turned_away += tags.may_be_role_noun(w) ? 0 : 1;
        }
        CHECK(probes > 0);
        CHECK(turned_away * 10 >= probes * 9); // (the bits are a hash's: one word in many may pass)
    }
    quoting::Speakers de = speakers_for("de");
    CHECK(quoting::role_noun("aussenminister", de));
    CHECK(!quoting::role_noun("xminister", de)); // an ending needs four bytes before it
    quoting::Speakers en = speakers_for("en");
    CHECK(!quoting::role_noun("tuesday", en));
}

TEST_CASE("describe keeps each word of a person's descriptions once, nations apart from roles", "[quotes]") {
    using Words = std::vector<std::string>;
    quoting::Speakers en = speakers_for("en");
    int k = en.add_person("Tova Brannick");
    en.describe(k, {"the", "canadian", "harbour", "pilot"});
    en.describe(k, {"harbour", "pilot", "of", "canadian", "ferries"}); // (short words and stopwords are passed)
    CHECK(en.people[static_cast<std::size_t>(k)].roles == Words{"harbour", "pilot", "ferries"});
    CHECK(en.people[static_cast<std::size_t>(k)].nations == Words{"canadian"});
    quoting::Speakers de = speakers_for("de");
    int j = de.add_person("Ilka Voss");
    de.describe(j, {"die", "schweizer", "lotsin"});
    de.describe(j, {"lotsin", "der", "schweizer", "fähre"});
    CHECK(de.people[static_cast<std::size_t>(j)].roles == Words{"lotsin", "fähre"});
    CHECK(de.people[static_cast<std::size_t>(j)].nations == Words{"schweizer"});
}

TEST_CASE("find_person finds a longer name by its first words, also after the name grew", "[quotes]") {
    quoting::Speakers sp = speakers_for("en");
    int hana = sp.add_person("Hana Te Moana");
    CHECK(sp.find_person("Hana Te") == hana);
    CHECK(sp.find_person("hana") == hana);
    CHECK(sp.find_person("Moana") == hana);
    CHECK(sp.find_person("Tama") == -1);
    CHECK(sp.find_person("Te") == -1); // (not the first word)
    // "Rewi" met first, then "Ngaio Rewi": the longer form is the name, found by its first word too.
    int rewi = sp.add_person("Rewi");
    CHECK(sp.find_person("Ngaio") == -1);
    CHECK(sp.add_person("Ngaio Rewi") == rewi);
    CHECK(sp.find_person("Ngaio") == rewi);
    // Of two longer names, the longest.
    int longer = sp.add_person("Hana Te Moana Whetu");
    CHECK(sp.find_person("Hana Te") == longer);
}

TEST_CASE("gender_of passes over the gendered word of a complement, read forwards or backwards", "[quotes]") {
    struct Row {
        const char* language;
        std::vector<std::string_view> words; // in reading order
        char expected;
    };
    const std::vector<Row> rows = {
        {"fr", {"le", "porte-parole", "de", "la", "coopérative"}, 'm'},
        {"fr", {"porte-parole", "de", "la", "coopérative"}, 'x'}, // ("la" belongs to the complement)
        {"fr", {"la", "conseillère", "du", "maire"}, 'f'},
        {"en", {"the", "chairman", "of", "the", "rowing", "club"}, 'm'},
        {"en", {"the", "office", "of", "mrs", "hollis"}, 'x'},
        {"en", {"a", "manager", "for", "the", "spokeswoman"}, 'f'}, // (only the word right after "for")
        {"de", {"die", "Sprecherin", "des", "Vereins"}, 'x'},
    };
    for (const Row& r : rows) {
        quoting::Speakers sp = speakers_for(r.language);
        INFO(r.language << " " << r.words.size());
        CHECK(sp.gender_of(r.words) == r.expected);
        // Read from the name backwards, the words stand in the other order; the complement is the same.
        std::vector<std::string_view> back(r.words.rbegin(), r.words.rend());
        CHECK(sp.gender_of(back, true) == r.expected);
        // The words' tags, when the caller has them already, give the same answers.
        const auto& tags = quoting::word_tags(sp.lexs);
        std::vector<std::uint16_t> known, known_back;
        for (auto w : r.words)
            known.push_back(tags.of(w));
        known_back.assign(known.rbegin(), known.rend());
        CHECK(sp.gender_of(r.words, false, &known) == r.expected);
        CHECK(sp.gender_of(back, true, &known_back) == r.expected);
        // (and they are the ones read: tags saying "feminine" for every word make a woman of the description)
        std::vector<std::uint16_t> feminine(known.size(), quoting::WordTags::feminine);
        CHECK(sp.gender_of(r.words, false, &feminine) == 'f');
    }
}

TEST_CASE("find_person_lowered answers as find_person for a lower-cased word", "[quotes]") {
    quoting::Speakers sp = speakers_for("de");
    int tomas = sp.add_person("Tomás Ørnberg");
    int lene = sp.add_person("Lene Østrup Falk");
    // (one word, as names_in asks: a name of several words goes to find_person)
    for (std::string_view w : {"ørnberg", "tomás", "lene", "østrup", "falk", "kasimir", "tomas", "l"})
        CHECK(sp.find_person_lowered(w) == sp.find_person(w));
    CHECK(sp.find_person_lowered("ørnberg") == tomas); // by the last word
    CHECK(sp.find_person_lowered("lene") == lene);     // by the first words of a longer name
    CHECK(sp.find_person_lowered("østrup") == -1);
}

TEST_CASE("common_noun finds a listed noun ending after three bytes or more", "[quotes]") {
    // The reference: every ending of the language compared with the word's end.
    auto reference = [](const quoting::Speakers& sp, const std::string& w) {
        for (const Lexicon* lex : sp.lexs)
            if (const LexiconSection* sec = lex->section("noun_ending_words"))
                for (const auto& end : sec->entries)
                    if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0)
                        return true;
        return false;
    };
    for (std::string code : {"de", "en", "fr"}) {
        quoting::Speakers sp = speakers_for(code);
        REQUIRE(!sp.lexs.empty());
        std::vector<std::string> words = {"", "a", "xy", "haus", "garten", "umbrella", "stadtrat"};
        if (const LexiconSection* sec = sp.lexs[0]->section("noun_ending_words"))
            for (const auto& end : sec->entries)
                for (std::string prefix : {"", "a", "ab", "abc", "vorder"})
                    words.push_back(prefix += end);
        const quoting::WordTags& tags = quoting::word_tags(sp.lexs);
        for (const auto& w : words) {
            CAPTURE(code, w);
            CHECK(quoting::common_noun(w, sp) == reference(sp, w));
            CHECK((tags.may_be_common_noun(w) || !reference(sp, w))); // (names_into's inline test first)
        }
        // (a language without noun endings turns every word away at once)
        CHECK(tags.may_be_common_noun("stadtverwaltung") == (code == "de"));
        // (and a word ending like a noun ending in its last two bytes only by its last three: "wohnzimmerqng")
        if (const LexiconSection* sec = sp.lexs[0]->section("noun_ending_words"))
            for (const auto& end : sec->entries)
                if (end.size() >= 3) {
                    const std::string w = "wohnzimmerq" + std::string(end.substr(end.size() - 2));
                    CAPTURE(code, w);
                    REQUIRE(!reference(sp, w));
                    CHECK(!tags.may_be_common_noun(w));
                }
    }
}

TEST_CASE("person_title gives the gender of the first line of a title", "[quotes]") {
    // The reference: the "title gender" lines read in file order.
    auto reference = [](const std::vector<const Lexicon*>& lexs, const std::string& w) -> char {
        for (const Lexicon* lex : lexs)
            for (const auto& entry : lex->list("person_titles")) {
                auto sp = entry.rfind(' ');
                if (sp != std::string::npos && entry.compare(0, sp, w) == 0 && sp == w.size())
                    return entry[sp + 1];
            }
        return 0;
    };
    for (std::string code : {"de", "en", "fr", "xx"}) {
        auto lexs = quoting::lexicons_for(code);
        std::vector<std::string> words = {"", "a", "the", "house", "m", "mr.x"};
        for (const Lexicon* lex : lexs)
            for (const auto& entry : lex->list("person_titles")) {
                words.emplace_back(entry);
                words.emplace_back(entry.substr(0, entry.rfind(' ')));
            }
        for (const auto& w : words) {
            CAPTURE(code, w);
            CHECK(quoting::person_title(lexs, w) == reference(lexs, w));
        }
    }
    CHECK(quoting::person_title(quoting::lexicons_for("fr"), "mme") == 'f');
    CHECK(quoting::person_title(quoting::lexicons_for("en"), "garden") == 0);
}

TEST_CASE("particle knows the short words inside a name and nothing longer or shorter", "[quotes]") {
    // "Anna von Holt", "Luc de Vrenne", "Pieter ten Bosch": particles of two or three bytes.
    for (std::string w : {"von", "de", "ten", "van", "bin", "zu"})
        CHECK(quoting::particle(w));
    for (std::string w : {"", "d", "vonn", "dello", "vanderveld", "Von", "the", "ed", "vo", "tern"})
        CHECK_FALSE(quoting::particle(w));
    CHECK_FALSE(quoting::particle(std::string_view("\0de", 3))); // (three bytes, not "de")
    for (std::string w : {"del", "ter", "dos", "al", "la"})
        CHECK(quoting::particle(w));
}

TEST_CASE("WordTags answers as the word lists it gathers", "[quotes]") {
    // Every word of the lists asked of each word, and words of none, for each language and for all of them.
    std::vector<std::vector<const archive::Lexicon*>> sets = {archive::languages()};
    for (const archive::Lexicon* lex : archive::languages())
        sets.push_back({lex});
    for (const auto& lexs : sets) {
        const auto& tags = archive::quoting::word_tags(lexs);
        auto expected = [&lexs](const std::string& w) {
            using archive::quoting::WordTags;
            // The sections whose whole entries are tagged.
            const std::pair<const char*, std::uint16_t> entries[] = {
                {"participle_auxiliaries", WordTags::auxiliary}, {"cue_adverbs", WordTags::cue_adverb},
                {"according", WordTags::according_entry},       {"complement_words", WordTags::complement},
                {"feminine_words", WordTags::feminine},         {"masculine_words", WordTags::masculine},
                {"nationality_words", WordTags::nationality},   {"preposition_words", WordTags::preposition},
                {"articles", WordTags::article},                {"possessive_words", WordTags::possessive},
                {"abbreviation_words", WordTags::abbreviation}};
            std::uint16_t t = 0;
            for (const archive::Lexicon* lex : lexs) {
                if (lex->has_speech_verb(w))
                    t |= WordTags::speech_verb;
                for (const auto& [section, tag] : entries)
                    if (lex->has(section, w))
                        t |= tag;
                if (!lex->phrases_from("speech_phrases", w).empty())
                    t |= WordTags::speech_phrase;
                if (!lex->phrases_from("according", w).empty())
                    t |= WordTags::according;
                if (lex->stopwords.count(w) > 0)
                    t |= WordTags::stopword;
                if (lex->person_titles.count(w) > 0)
                    t |= WordTags::person_title;
            }
            return t;
        };
        std::vector<std::string> words = {"", "zeppelinhafen", "der", "the", "a", "said", "sagte", "selon", "laut"};
        // Words of one to eight bytes are kept apart from longer ones, as integers of their bytes: unlisted words at
        // the edges of both, and words that differ from listed ones by a byte more or less.
        for (const char* w : {"zeppelin", "zeppelins", "th", "thee", "thex", "q", "sagten", "sagt"})
            words.emplace_back(w);
        words.emplace_back("the\0", 4);
        words.emplace_back("\0the", 4);
        for (const archive::Lexicon* lex : lexs)
            for (const char* sec : {"speech_verbs", "participle_auxiliaries", "cue_adverbs", "speech_phrases", "according",
                                    "stopwords", "person_titles", "complement_words", "feminine_words",
                                    "masculine_words", "nationality_words", "preposition_words", "articles",
                                    "possessive_words", "abbreviation_words"}) {
                for (const auto& words_of_entry : lex->phrase_list(sec))
                    words.insert(words.end(), words_of_entry.begin(), words_of_entry.end());
                for (const auto& entry : lex->list(sec))
                    words.emplace_back(entry);
            }
        for (const auto& w : words) {
            CAPTURE(w);
            CHECK(tags.of(w) == expected(w));
        }
    }
}

TEST_CASE("a page's people are its own, though the room of their lists is handed on to the next page", "[quotes]") {
    // A woman on one page: the next page's person of the same name is known only by its own words.
    const std::string named = "La directrice, Anne Vidal, a visité l'usine.";
    const std::vector<std::string> next = {"Anne Vidal était là.", "«Personne ne sera licencié», a-t-il dit."};
    const auto alone = extract_quotes(body("fr", next));
    const Quote* found = find_quote(alone, "Personne ne sera licencié");
    REQUIRE(found);
    const std::string speaker = found->speaker.value_or("");
    INFO(speaker);
    for (int page = 0; page < 3; ++page) {
        (void)extract_quotes(body("fr", {named, "Le directeur, Paul Roux, et la maire, Claire Morel, ont signé."}));
        auto again = extract_quotes(body("fr", next));
        found = find_quote(again, "Personne ne sera licencié");
        REQUIRE(found);
        CHECK(found->speaker.value_or("") == speaker);
    }
}

TEST_CASE("names_into finds a unit's names in the room of the last unit's, none of which it keeps", "[quotes]") {
    struct Row {
        const char* language;
        const char* text;
        std::vector<std::string> names;
    };
    const std::vector<Row> rows = {
        {"en", "Mayor Ann Roe met Tom Reed and Lena Orvell at the port.", {"Ann Roe", "Tom Reed", "Lena Orvell"}},
        {"en", "The ferry left at noon.", {}},
        {"de", "Bürgermeisterin Anna Muster traf Jan Roth am Hafen.", {"Anna Muster", "Jan Roth"}},
        {"fr", "La maire, Claire Morel, a reçu Paul Roux.", {"Claire Morel", "Paul Roux"}},
    };
    std::vector<quoting::NameSpan> names; // (one room for all the rows)
    for (const Row& r : rows) {
        INFO(r.text);
        const quoting::Speakers sp = speakers_for(r.language);
        std::string_view s = r.text;
        const auto ws = quoting::words_of(s, 0, s.size(), &sp.lexs);
        CHECK(names_found(names, s, ws, sp) == r.names);
        CHECK(quoting::names_in(ws, sp).size() == names.size());
    }
}

TEST_CASE("listed_noun answers as a walk of the section's entries, compounds' ends where nouns are capitalised",
          "[quotes]") {
    // The reference: every entry compared with the word, and where nouns are capitalised with its end after three
    // bytes or more ("tageszeitung" ends with "zeitung"). listed_noun looks the word up in lower-case languages and
    // turns away a German word whose last bytes end no entry before the walk.
    auto reference = [](const quoting::Speakers& sp, std::string_view section, const std::string& w) {
        for (const Lexicon* lex : sp.lexs)
            if (const LexiconSection* sec = lex->section(section))
                for (const auto& t : sec->entries)
                    if (w == t || (sp.capitalised_nouns && w.size() > t.size() + 2 &&
                                   w.compare(w.size() - t.size(), t.size(), t) == 0))
                        return true;
        return false;
    };
    for (std::string code : {"de", "en", "fr", "it", "es"}) {
        quoting::Speakers sp = speakers_for(code);
        sp.capitalised_nouns = code == "de"; // (as the page's language sets it)
        REQUIRE(!sp.lexs.empty());
        for (std::string_view section : {"title_words", "body_words", "organisation_words", "medium_words"}) {
            // near misses: words in no list, a listed word's start, a compound's end after two bytes only
            std::vector<std::string> words = {"", "a", "xy", "haus", "garten", "umbrella", "stadtrat", "zeit",
                                              "abzeitung", "erzeitung"};
            if (const LexiconSection* sec = sp.lexs[0]->section(section))
                for (const auto& t : sec->entries) {
                    const std::string e(t);
                    words.insert(words.end(), {e, "tages" + e, "ab" + e, e + "en", e.substr(0, e.size() / 2),
                                               e.size() > 2 ? e.substr(1) : e});
                }
            for (const std::string& w : words) {
                INFO(code << " [" << section << "] " << w);
                CHECK(quoting::listed_noun(w, section, sp) == reference(sp, section, w));
            }
        }
    }
    // the kinds themselves: a German compound, a French noun whole, an English noun's compound unread
    quoting::Speakers de = speakers_for("de");
    de.capitalised_nouns = true;
    CHECK(quoting::title_noun("tageszeitung", de));
    CHECK_FALSE(quoting::title_noun("erzeitung", de)); // (an end after two bytes only)
    CHECK(quoting::title_noun("quotidien", speakers_for("fr")));
    CHECK_FALSE(quoting::title_noun("superfilm", speakers_for("en")));
}
