// A cue right before a comma makes the quoted words after it a whole sentence (quotes77), but only when the cue
// attributes them: a line of dialogue quoted as a costume's or a product's joke ("when you say, “Me, a star?
// Never!”"), with no speaker near, is read as the writer's words around it are. Invented lines (session 41).
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::body;
using archive::quote_checks::find_quote;

TEST_CASE("a comma cue attributing no one makes no direct quote of a short joke line", "[quotes][quotes80]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* text;
    };
    const Row rows[] = {
        {"en",
         "What you need: a silver cape and a paper crown. Practise your startled look when you say, \u201CMe, a star? "
         "Never!\u201D",
         "Me, a star? Never!"},
        {"fr",
         "Ce qu'il vous faut : une cape argentée et une couronne en papier. Prenez un air surpris quand vous dites, "
         "\u00AB Moi, une star ? Jamais ! \u00BB",
         "Moi, une star ? Jamais !"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        const auto qs = extract_quotes(body(r.lang, {"Here are our favourite costumes for the season.", r.paragraph}));
        CHECK(find_quote(qs, r.text) == nullptr);
    }
}

TEST_CASE("a comma cue with its speaker, or a subject that is no reader addressed, still makes a direct quote", "[quotes][quotes80]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* text;
        bool cued;
    };
    const Row rows[] = {
        {"en", "The mayor, Ann Roe, said, \u201CMe, a star? Never!\u201D", "Me, a star? Never!", true},
        {"fr", "La maire Marie Roux a répondu, \u00AB Moi, une star ? Jamais ! \u00BB", "Moi, une star ? Jamais !", true},
        // (a pronoun the page does not resolve is no reader addressed: the line is still a whole sentence)
        {"en", "She smiled once, then added, \u201CMe, a star? Never!\u201D", "Me, a star? Never!", false},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        const auto qs = extract_quotes(body(r.lang, {"The town held its carnival on Sunday.", r.paragraph}));
        const Quote* q = find_quote(qs, r.text);
        REQUIRE(q);
        CHECK(q->kind == QuoteKind::direct);
        CHECK(q->cue.has_value() == r.cued);
    }
}
