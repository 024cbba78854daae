// A speaker named with an academic degree written with dots, and with a hyphen inside it (de73 Q2): "sagte
// Dipl.-Ing. Markus Berger", "Univ.-Prof. Dr. Anna Weber erklärt", "Dr. med. Jana Roth". The dot of "Dipl." ended the
// name ("Dipl" was the speaker): the quote words now read "Dipl.-Ing." as one title (quote_words.cpp
// joined_abbreviation()), the parts of a degree are titles of the German lexicon, and the sentence splitter reads a
// long word that took its dot as a listed abbreviation (quote_reader.cpp). The English and French titles ("Dr.",
// "Prof.", "Pr", "Me") are controls: they worked before and must keep working. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a speaker's degree with dots and hyphens is a title before the name, not the name",
          "[quotes][degree_titles]") {
    struct Row {
        const char* head; // headline, byline and date lines
        const char* intro;
        const char* para; // the paragraph with the quote
        const char* text; // the quote's text
        const char* speaker;
        const char* mention;
    };
    const char* de_head = "Neue Brücke über den Mühlbach eröffnet\nVon Lena Sommer\n12. März 2026\n";
    const char* de_intro = "Die neue Fußgängerbrücke über den Mühlbach ist seit Montag für alle Bürger geöffnet. Die "
                           "Bauzeit betrug nur sechs Monate, die Kosten blieben im Rahmen.";
    const char* en_head = "Bridge over the mill stream opens\nBy Lena Summers\nMarch 12, 2026\n";
    const char* en_intro = "The new footbridge over the mill stream opened to the public on Monday. The work took only "
                           "six months and stayed within budget.";
    const char* fr_head = "Une passerelle ouverte sur le ruisseau\nPar Léa Sommier\n12 mars 2026\n";
    const char* fr_intro = "La nouvelle passerelle sur le ruisseau est ouverte au public depuis lundi. Les travaux ont "
                           "duré six mois et le budget a été tenu.";
    const Row rows[] = {
        {de_head, de_intro,
         "„Die Konstruktion trägt deutlich mehr als vorgeschrieben“, sagte Dipl.-Ing. Markus Berger. Er leitete das "
         "Projekt von Anfang an.",
         "Die Konstruktion trägt deutlich mehr als vorgeschrieben", "Markus Berger", "Dipl.-Ing. Markus Berger"},
        {de_head, de_intro,
         "„Wer jetzt plant, spart später viel Geld. Das gilt für jede Gemeinde“, so Obmann Dipl.-Ing. Karl Brandl. Im "
         "Herbst folgt der nächste Abschnitt.",
         "Wer jetzt plant, spart später viel Geld. Das gilt für jede Gemeinde", "Karl Brandl",
         "Obmann Dipl.-Ing. Karl Brandl"},
        {de_head, de_intro,
         "„Wir haben die Anwohner früh eingebunden“, erklärte Univ.-Prof. Dr. Anna Weber. Sie begleitete die Planung "
         "wissenschaftlich.",
         "Wir haben die Anwohner früh eingebunden", "Anna Weber", "Univ.-Prof. Dr. Anna Weber"},
        {de_head, de_intro, "Univ.-Prof. Dr. Anna Weber erklärt: „Die Brücke ist ein Vorbild für andere Gemeinden.“",
         "Die Brücke ist ein Vorbild für andere Gemeinden.", "Anna Weber", "Univ.-Prof. Dr. Anna Weber"},
        {de_head, de_intro,
         "„Für Radfahrer gibt es eine eigene Spur“, sagte Dr. med. Jana Roth. Sie ist im Gemeinderat für Verkehr "
         "zuständig.",
         "Für Radfahrer gibt es eine eigene Spur", "Jana Roth", "Dr. med. Jana Roth"},
        {de_head, de_intro,
         "„Das Geländer ist aus recyceltem Stahl“, sagte Prof. Dr.-Ing. habil. Peter Krause. Er prüfte die Statik.",
         "Das Geländer ist aus recyceltem Stahl", "Peter Krause", "Prof. Dr.-Ing. habil. Peter Krause"},
        {de_head, de_intro,
         "„Der Bach bleibt sauber“, betonte Dr. rer. nat. Ute Kern. Sie untersuchte das Wasser vor dem Bau.",
         "Der Bach bleibt sauber", "Ute Kern", "Dr. rer. nat. Ute Kern"},
        // (controls: titles that worked before)
        {en_head, en_intro,
         "\"The structure carries far more than the code requires,\" said Dr. Mark Bergman. He led the project from "
         "the start.",
         "The structure carries far more than the code requires", "Mark Bergman", "Dr. Mark Bergman"},
        {en_head, en_intro,
         "\"We involved the neighbours early on,\" Prof. Dr. Anna Webb explained. She advised on the planning.",
         "We involved the neighbours early on", "Anna Webb", "Prof. Dr. Anna Webb"},
        {fr_head, fr_intro,
         "« La structure porte bien plus que ce que la norme exige », a déclaré le Pr Marc Bernier. Il a dirigé le "
         "projet.",
         "La structure porte bien plus que ce que la norme exige", "Marc Bernier", "le Pr Marc Bernier"},
        {fr_head, fr_intro,
         "« Nous avons associé les riverains très tôt », a expliqué Me Anne Vallier. Elle représente les riverains.",
         "Nous avons associé les riverains très tôt", "Anne Vallier", "Me Anne Vallier"},
    };
    for (const auto& r : rows) {
        INFO(r.para);
        const Article a = parse(std::string(r.head) + r.intro + "\n" + r.para + "\n" + r.intro + "\n");
        const auto q = std::find_if(a.quotes.begin(), a.quotes.end(), [&](const Quote& x) { return x.text == r.text; });
        REQUIRE(q != a.quotes.end());
        CHECK(q->speaker.value_or("") == r.speaker);
        CHECK(q->mention.value_or("") == r.mention);
    }
}
