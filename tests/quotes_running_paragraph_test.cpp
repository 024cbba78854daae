// Table-driven tests of the uncued quote far from the last attributed one: a pull quote alone on its line (or a title
// among a reference's parts) is dropped, but a quoted sentence closing on its own mark among the writer's prose in a
// running paragraph is a quote, whose speaker the text does not tell; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

namespace {

// A page of sections, each of its paragraphs, with no headings.
Article in_sections(const std::string& lang, std::vector<std::vector<std::string>> sections) {
    Article a = body(lang, {});
    a.sections.clear();
    for (auto& paragraphs : sections)
        a.sections.push_back(Section{std::nullopt, std::move(paragraphs)});
    return a;
}

} // namespace

TEST_CASE("an uncued quote in a running paragraph far from the last cue is kept", "[quotes][filter]") {
    struct Row {
        const char* lang;
        const char* first;  // a paragraph with an attributed quote
        const char* filler; // a paragraph of the writer's
        const char* alone;  // a paragraph that is only a quote: a pull quote
        const char* within; // the same quote with the writer's sentences of a running paragraph
        const char* text;
    };
    const Row rows[] = {
        {"en", "\"The ferry is late again,\" said Nora Field, the harbour master.",
         "The island has one pier and a small school near the harbour.",
         "“The island waits for nobody and the tide is always high.”",
         "The last boat leaves at six in the evening. “The island waits for nobody and the tide is always high.” "
         "Visitors who miss it stay the night at the inn.",
         "The island waits for nobody and the tide is always high."},
        {"fr", "«Le bac est encore en retard», a déclaré Claire Martin, la capitaine du port.",
         "L'île compte une jetée et une petite école près du port.",
         "« L'île n'attend personne et la marée est toujours haute. »",
         "« L'île n'attend personne et la marée est toujours haute. » Le dernier bateau part à six heures du soir, "
         "et les visiteurs qui le manquent dorment à l'auberge.",
         "L'île n'attend personne et la marée est toujours haute."},
        {"de", "„Die Fähre ist wieder zu spät“, sagte Jonas Keller, der Hafenmeister.",
         "Die Insel hat einen Steg und eine kleine Schule am Hafen.",
         "„Die Insel wartet auf niemanden und die Flut ist immer hoch.“",
         "„Die Insel wartet auf niemanden und die Flut ist immer hoch.“ Das letzte Boot fährt um sechs Uhr am Abend "
         "ab, und wer es verpasst, schläft im Gasthaus.",
         "Die Insel wartet auf niemanden und die Flut ist immer hoch."},
    };
    for (const auto& r : rows) {
        INFO(r.within);
        // five paragraphs on, alone on its line: a pull quote
        auto alone = extract_quotes(body(r.lang, {r.first, r.filler, r.filler, r.filler, r.filler, r.alone}));
        CHECK_FALSE(find_quote(alone, r.text));
        // five paragraphs on, among the writer's sentences: a quote, whose speaker the text does not tell
        auto within = extract_quotes(body(r.lang, {r.first, r.filler, r.filler, r.filler, r.filler, r.within}));
        const Quote* q = find_quote(within, r.text);
        CHECK(q);
        if (q != nullptr)
            CHECK_FALSE(q->speaker.has_value());
        // and so in a section of its own after the attributed quote's
        CHECK(find_quote(extract_quotes(in_sections(r.lang, {{r.first, r.filler}, {r.within}})), r.text));
    }
}

TEST_CASE("a title quoted among a reference's parts far from the last cue is no quote", "[quotes][filter]") {
    // (the language, a paragraph with an attributed quote, a reference five paragraphs on, the title it quotes)
    const char* const rows[][4] = {
        {"en", "\"The ferry is late again,\" said Nora Field, the harbour master.",
         "Roe, Ann (March 2011). \"The ferries of the northern islands and the tides that rule them\". Harbour Review. "
         "Archived from the original on 4 May 2012.",
         "The ferries of the northern islands and the tides that rule them"},
        {"de", "„Die Fähre ist wieder zu spät“, sagte Jonas Keller, der Hafenmeister.",
         "Roth, Anna (2011): „Die Fähren der nördlichen Inseln und die Gezeiten, die sie bestimmen“. In: Hafenblatt. "
         "Abgerufen am 4. Mai 2012, seit langem vergriffen und nur noch in der Bibliothek.",
         "Die Fähren der nördlichen Inseln und die Gezeiten, die sie bestimmen"},
    };
    for (const auto& [lang, first, reference, text] : rows) {
        INFO(reference);
        CHECK_FALSE(find_quote(extract_quotes(body(lang, {first, "x", "x", "x", "x", reference})), text));
    }
}
