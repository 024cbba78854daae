// Tests of the notes at the article's edges that are none of its text: where it was printed first.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

struct Story {
    const char* lang;
    const char* title;
    std::vector<const char*> paragraphs; // the last one is the one the note stands next to
};

// Invented harbour stories, one for each language of the notes' lexicon.
const Story stories[] = {
    {"en",
     "New lighthouse lamp for the northern cape",
     {"The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet.",
      "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.",
      "The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its only room.",
      "The council will vote on the final bill in the spring, when the summer timetable begins."}},
    {"de",
     "Die Fähren fahren wieder vom Ostkai",
     {"Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab.",
      "Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.",
      "Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters geschlossen war.",
      "Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan beginnt."}},
    {"fr",
     "Les ferries reviennent au quai est",
     {"Après un hiver de travaux sur le quai nord, les ferries pour les îles partent de nouveau du quai est.",
      "Le capitaine du port a expliqué que les nouveaux postes d'amarrage sont plus sûrs que les anciens.",
      "Les pêcheurs ont salué les travaux, même si le quai est resté fermé pendant presque tout l'hiver.",
      "Le conseil municipal votera le crédit au printemps, quand commencera l'horaire d'été."}},
    {"es",
     "Los transbordadores vuelven al muelle este",
     {"Tras un invierno de obras en el muelle norte, los transbordadores a las islas salen de nuevo del muelle este.",
      "El capitán del puerto explicó que los nuevos amarres son más seguros que los antiguos.",
      "Los pescadores celebraron las obras, aunque el muelle estuvo cerrado durante casi todo el invierno.",
      "El ayuntamiento votará el crédito en primavera, cuando empiece el horario de verano."}},
    {"it",
     "I traghetti tornano al molo est",
     {"Dopo un inverno di lavori al molo nord, i traghetti per le isole partono di nuovo dal molo est.",
      "Il capitano del porto ha spiegato che i nuovi ormeggi sono più sicuri di quelli vecchi e dureranno molti anni.",
      "I pescatori hanno accolto bene i lavori, anche se il molo è rimasto chiuso per quasi tutto l'inverno.",
      "Il consiglio comunale voterà il credito in primavera, quando inizierà l'orario estivo."}},
};

std::string page_of(const Story& s, const std::string& over, const std::string& under) {
    std::string page = "Harbour Weekly\nNews\n" + std::string(s.title) + "\n" + over;
    for (const char* p : s.paragraphs)
        page += std::string(p) + "\n";
    return page + under + "Share\nContact\n";
}

// A paragraph of the body opening with `start`.
bool has_paragraph_starting(const Article& a, const std::string& start) {
    const auto paragraphs = test::paragraphs_of(a);
    return std::any_of(paragraphs.begin(), paragraphs.end(),
                       [&](const std::string& p) { return p.starts_with(start); });
}

const Story& story_in(const std::string& lang) {
    for (const auto& s : stories)
        if (lang == s.lang)
            return s;
    FAIL("no story in " << lang);
    return stories[0];
}
} // namespace

TEST_CASE("a note on where the article was printed first, over its first paragraph, leaves the body",
          "[region][origin]") {
    const std::pair<const char*, const char*> rows[] = {
        {"en", "This article appeared in the print edition of the Harbour Weekly on March 3, 2015."},
        {"en", "Editor's note: This story was originally published by the Coast Courier on March 3, 2015."},
        {"en", "Originally published at harbourlog.example on March 3, 2015."},
        {"de", "Dieser Beitrag stammt aus Ausgabe 3/2015 des Hafenblatts. Das Heft ist am Kiosk erhältlich."},
        {"de", "Dieser Artikel erschien zuerst auf hafenlog.example, dem Blog der Hafenfreunde."},
        {"fr", "Cet article a été publié initialement dans le Courrier du port du 3 mars 2015."},
        {"fr", "* Cet article est paru dans le numéro 12 de la revue des amis du port."},
        {"es", "Este artículo fue publicado originalmente en el Diario del Puerto el 3 de marzo de 2015."},
        {"it", "Questo articolo è stato pubblicato originariamente sul Corriere del porto il 3 marzo 2015."},
    };
    for (const auto& [lang, note] : rows) {
        const Story& story = story_in(lang);
        Article a = classify(segment(page_of(story, std::string(note) + "\n", "")), lang);
        INFO(lang << ": " << note);
        CHECK(has_paragraph_starting(a, story.paragraphs.front()));
        CHECK(has_paragraph_starting(a, story.paragraphs.back()));
        CHECK_FALSE(has_paragraph_starting(a, note));
        CHECK(test::in_boilerplate(a, note));
    }
}

TEST_CASE("a note on where the article was printed first, right under its last sentence, leaves the body",
          "[region][origin]") {
    // (tail29: under the last sentence the note is a box of the page, as over the first paragraph; under the author's
    // box closed by its links, which the article's container holds with the note, it stays where it stands.)
    const std::pair<const char*, const char*> rows[] = {
        {"en", "A version of this story appeared on Page A7 of the Harbour Weekly of March 3, 2015."},
        {"de", "Dieser Artikel erschien zuerst auf hafenlog.example, dem Blog der Hafenfreunde."},
        {"fr", "Cet article a été publié initialement dans le Courrier du port du 3 mars 2015."},
    };
    for (const auto& [lang, note] : rows) {
        const Story& story = story_in(lang);
        Article a = classify(segment(page_of(story, "", std::string(note) + "\n")), lang);
        INFO(lang << ": " << note);
        CHECK(has_paragraph_starting(a, story.paragraphs.back()));
        CHECK_FALSE(has_paragraph_starting(a, note));
        CHECK(test::in_boilerplate(a, note));
    }
}

TEST_CASE("a sentence of the article telling where something was published first stays in the body",
          "[region][origin]") {
    // The phrase inside a sentence, not opening it; a sentence opening with it inside the article, not at its edge.
    const char* inside = "The guide, which was originally published in 1905, lists every lighthouse of the coast.";
    const char* opening = "Originally published in 1905, the harbour guide lists every lighthouse of the coast.";
    const Story& en = stories[0];
    std::string page = "Harbour Weekly\nNews\n" + std::string(en.title) + "\n" + en.paragraphs[0] + "\n" + opening +
                       "\n" + en.paragraphs[1] + "\n" + en.paragraphs[2] + "\n" + inside + "\n" + en.paragraphs[3] +
                       "\nShare\nContact\n";
    Article a = classify(segment(page), "en");
    CHECK(has_paragraph_starting(a, opening));
    CHECK(has_paragraph_starting(a, inside));
    CHECK(has_paragraph_starting(a, en.paragraphs[3]));
    // The same sentence as the article's first paragraph.
    Article c = classify(segment(page_of(en, std::string(opening) + "\n", "")), "en");
    CHECK(has_paragraph_starting(c, opening));
    CHECK(has_paragraph_starting(c, en.paragraphs[0]));
    // The last line of the article, a sentence of its text whose words do not open a note.
    const char* closing = "The guide was originally published in 1905 and is kept in the harbour museum today.";
    Article b = classify(segment(page_of(en, "", std::string(closing) + "\n")), "en");
    CHECK(has_paragraph_starting(b, closing));
}

TEST_CASE("a note on where the text was printed first opens its line, after marks or a label", "[region][notices]") {
    for (const std::string line : {"A version of this story appeared on page 7 of the Harbour Weekly.",
                                   "* A version of this article appears below the fold of the harbour paper.",
                                   "Editor's note: a version of this story appeared in the Harbour Weekly.",
                                   "(Dieser Beitrag stammt aus Ausgabe 3/2025 des Hafenblatts.)",
                                   "Hinweis: Dieser Artikel stammt aus der Ausgabe 4/2024 des Hafenblatts.",
                                   // (a dated print edition between the verb and "print edition")
                                   "This article appears in the May 2027 print edition with the headline “Tides.”",
                                   "Published in the print edition of the May 3, 2027, issue.",
                                   "Dieser Artikel erschien in der Printausgabe vom 3. Mai 2027.",
                                   "Cet article est paru dans l'édition imprimée du 3 mai 2027."}) {
        INFO(line);
        CHECK(origin_note(test::block_of(line)));
    }
    // The phrase inside a sentence, a label too wide for a note's, or too few words: no note.
    for (const std::string line :
         {"The mayor said a version of this story appeared in the council's own paper.",
          "Was die Stadt dazu sagte, wissen wir nicht: dieser Beitrag stammt aus Ausgabe 3.", "A version of this",
          "This article appears to show that the harbour was busier in 1905 than the town believed."}) {
        INFO(line);
        CHECK_FALSE(origin_note(test::block_of(line)));
    }
}

TEST_CASE("a note naming the text's translator opens its line and leaves the body at the article's edges",
          "[region][origin][probe100]") {
    // "By Katrin Vogel / This article originally appeared on ... / Translated from the German by Mark Ellison.": the
    // translator's note is a note on the text's origin, over the first paragraph or under the last one.
    const std::pair<const char*, const char*> rows[] = {
        {"en", "Translated from the German by Mark Ellison."},
        {"en", "Translated by Ana Ruiz and Tom Reed."},
        {"de", "Aus dem Englischen von Anna Roth."},
        {"de", "Übersetzt von Jan Berg und Lea Kurz."},
        {"fr", "Traduit de l'anglais par Marc Dupont."},
        {"fr", "Traduit de l’allemand par Anne Roy."},
        {"es", "Traducido del inglés por Ana Ruiz."},
        {"it", "Tradotto dall'inglese da Anna Bruni."},
        {"it", "Traduzione dall’inglese di Luca Neri."},
    };
    for (const auto& [lang, note] : rows) {
        INFO(lang << ": " << note);
        CHECK(origin_note(test::block_of(note)));
        const Story& story = story_in(lang);
        for (const bool over : {true, false}) {
            const std::string line = std::string(note) + "\n";
            Article a = classify(segment(page_of(story, over ? line : "", over ? "" : line)), lang);
            INFO((over ? "over the first paragraph" : "under the last paragraph"));
            CHECK(has_paragraph_starting(a, story.paragraphs.front()));
            CHECK(has_paragraph_starting(a, story.paragraphs.back()));
            CHECK_FALSE(has_paragraph_starting(a, note));
            // (Over the first paragraph with no standfirst, the English note is still read as the lede: left to the
            // head's reading, which a note does not stop.)
            if (!over)
                CHECK(test::in_boilerplate(a, note));
        }
    }
    // The words inside a sentence, a past participle of another verb, or too few words: no note.
    for (const std::string line : {"The letter, translated from the German by the court, was read aloud on Monday.",
                                   "Der Brief wurde aus dem Englischen von einer Dolmetscherin übersetzt.",
                                   "Le rapport, traduit de l'anglais par la mairie, sera publié lundi.",
                                   "Translated by Ana.", "Tradotti dal comune i verbali della seduta di lunedì.",
                                   "Traducidos los documentos, el juicio podrá empezar en marzo."}) {
        INFO(line);
        CHECK_FALSE(origin_note(test::block_of(line)));
    }
}
