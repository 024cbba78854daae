// A page whose kicker names an interview ("L'intervista", "Entretien", "Im Gespräch", "Q&A") and whose questions
// stand over their answers is an interview, whoever its questions are put to: each of them heads its answer, the
// long ones of two sentences too ("Dodici anni di cantiere. Perché così tanto?"), as where two questions are put to
// someone (region43) or a line signs the interview (region50). Without the kicker, the same questions asked of nobody
// are an essay's and the long one stays text (sections_transcript.cpp interview_label(), sections_build.cpp
// SectionLoop::labelled_interview, sections_headings.cpp heads_section()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "sections_parts.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    std::string kicker; // the line naming the genre, over the headline
    std::string page;
    std::vector<std::string> questions;
};

std::vector<Row> rows() {
    return {
        {"it", "L'intervista\n",
         "La Voce del Ticino\nMenu\nCerca\nCronaca\nCultura\nL'intervista\n"
         "Carla Ferri: «Il ponte nuovo l'abbiamo aspettato troppo»\n"
         "L'ingegnera che ha diretto il cantiere racconta dodici anni di lavori sul fiume.\n"
         "di Marco Sala\nPubblicato il 04/11/2025 alle 08:15\n"
         "Carla Ferri ci aspetta sulla riva, sotto la prima campata. Il ponte apre sabato, dopo dodici anni di "
         "cantiere e tre imprese fallite.\n"
         "Dodici anni di cantiere. Perché così tanto?\n"
         "Perché il terreno era peggio del previsto, e perché due imprese sono fallite a lavori iniziati. Ogni volta "
         "si ricominciava dalle carte.\n"
         "Quanto è costato alla fine il ponte?\n"
         "Quarantadue milioni, il doppio del primo progetto. Ma metà della spesa sono le fondazioni nel fiume.\n"
         "Che cosa cambierà per chi abita in paese?\n"
         "I camion non passeranno più dal centro. La piazza tornerà a essere una piazza, non un incrocio.\n"
         "Il ponte sarà inaugurato sabato alle 10 alla presenza del sindaco.\n"
         "Riproduzione riservata\nContatti\n",
         {"Dodici anni di cantiere. Perché così tanto?", "Quanto è costato alla fine il ponte?",
          "Che cosa cambierà per chi abita in paese?"}},
        {"fr", "Entretien\n",
         "Le Journal du Léman\nMenu\nRecherche\nRégion\nCulture\nEntretien\n"
         "Claire Favre : « Le nouveau pont, nous l'avons trop attendu »\n"
         "L'ingénieure qui a dirigé le chantier raconte douze ans de travaux sur le fleuve.\n"
         "Par Marc Sauter\nPublié le 4 novembre 2025 à 08h15\n"
         "Claire Favre nous attend sur la rive, sous la première travée. Le pont ouvre samedi, après douze ans de "
         "chantier et trois entreprises en faillite.\n"
         "Douze ans de chantier. Pourquoi si longtemps ?\n"
         "Parce que le sol était pire que prévu, et parce que deux entreprises ont fait faillite en cours de route. "
         "Chaque fois, il fallait repartir des plans.\n"
         "Combien le pont a-t-il coûté au bout du compte ?\n"
         "Quarante-deux millions, le double du premier projet. Mais la moitié de la dépense, ce sont les fondations "
         "dans le fleuve.\n"
         "Qu'est-ce qui va changer pour les habitants du village ?\n"
         "Les camions ne traverseront plus le centre. La place redeviendra une place, et non un carrefour.\n"
         "Le pont sera inauguré samedi à 10 heures en présence du maire.\n"
         "Tous droits réservés\nContact\n",
         {"Douze ans de chantier. Pourquoi si longtemps ?", "Combien le pont a-t-il coûté au bout du compte ?",
          "Qu'est-ce qui va changer pour les habitants du village ?"}},
        {"de", "Im Gespräch\n",
         "Der Flussbote\nMenü\nSuche\nRegion\nKultur\nIm Gespräch\n"
         "Clara Vogt: „Auf die neue Brücke haben wir zu lange gewartet“\n"
         "Die Ingenieurin, die die Baustelle geleitet hat, erzählt von zwölf Jahren Arbeit am Fluss.\n"
         "Von Markus Seidel\n04.11.2025, 08:15 Uhr\n"
         "Clara Vogt wartet am Ufer auf uns, unter dem ersten Brückenbogen. Die Brücke wird am Samstag eröffnet, nach "
         "zwölf Jahren Bauzeit und drei insolventen Firmen.\n"
         "Zwölf Jahre Baustelle. Warum so lange?\n"
         "Weil der Boden schlechter war als gedacht, und weil zwei Firmen mitten in den Arbeiten pleitegingen. Jedes "
         "Mal fing man wieder bei den Plänen an.\n"
         "Was hat die Brücke am Ende gekostet?\n"
         "Zweiundvierzig Millionen, doppelt so viel wie im ersten Entwurf. Die Hälfte davon sind die Fundamente im "
         "Fluss.\n"
         "Was ändert sich für die Leute im Dorf?\n"
         "Die Lastwagen fahren nicht mehr durch die Mitte. Der Platz wird wieder ein Platz, keine Kreuzung.\n"
         "Die Brücke wird am Samstag um 10 Uhr im Beisein des Bürgermeisters eröffnet.\n"
         "Alle Rechte vorbehalten\nKontakt\n",
         {"Zwölf Jahre Baustelle. Warum so lange?", "Was hat die Brücke am Ende gekostet?",
          "Was ändert sich für die Leute im Dorf?"}},
        {"en", "Q&A\n",
         "The Valley Courier\nMenu\nSearch\nLocal\nCulture\nQ&A\n"
         "Clara Voss: 'We waited far too long for the new bridge'\n"
         "The engineer who ran the building site looks back on twelve years of work on the river.\n"
         "By Mark Sutton\nNovember 4, 2025\n"
         "Clara Voss meets us on the bank, under the first span. The bridge opens on Saturday, after twelve years of "
         "work and three builders gone bust.\n"
         "Twelve years of building. Why so long?\n"
         "Because the ground was worse than anyone thought, and because two builders went bust halfway through. Each "
         "time the work started again from the drawings.\n"
         "How much did the bridge cost in the end?\n"
         "Forty-two million pounds, twice the first design. Half of that went into the foundations in the river.\n"
         "What will change for the people in the village?\n"
         "The lorries will no longer drive through the middle. The square will be a square again, not a junction.\n"
         "The bridge will be opened on Saturday at 10am by the mayor.\n"
         "All rights reserved\nContact\n",
         {"Twelve years of building. Why so long?", "How much did the bridge cost in the end?",
          "What will change for the people in the village?"}},
    };
}

} // namespace

TEST_CASE("an interview named by its kicker: each question heads its answer, the long ones too", "[region][sect34]") {
    for (const Row& r : rows()) {
        INFO(r.lang);
        test::check_headings_not_paragraphs(parse(r.page), r.questions);
    }
}

TEST_CASE("the same questions asked of nobody under no such kicker: the long one stays text", "[region][sect34]") {
    // (The Italian and English pages; the French and German questions, three short ones in a row over their answers,
    // head them without the kicker too, by another rule.)
    for (const Row& r : rows()) {
        if (r.lang != std::string("it") && r.lang != std::string("en"))
            continue;
        INFO(r.lang);
        const Article a = parse(test::replaced(r.page, r.kicker, ""));
        CHECK_FALSE(test::contains(test::headings_of(a), r.questions.front()));
        CHECK(test::contains(test::paragraphs_of(a), r.questions.front()));
    }
}

TEST_CASE("a short label naming an interview", "[region][sect34]") {
    auto label = [](const std::string& line) { return interview_label(segment(line).front()); };
    for (const char* line : {"L'intervista", "Intervista", "Entretien", "Interview", "Das Interview", "Im Gespräch",
                             "Q&A", "Entrevista", "The interview"}) {
        INFO(line);
        CHECK(label(line));
    }
    // (A section's name, a sentence telling of an interview, a long title: no label.)
    for (const char* line : {"Cultura", "Kultur", "Meinung", "Gespräche am See und anderswo über den Winter",
                             "Il sindaco ha rilasciato un'intervista.", "Der Bürgermeister gab ein Interview."}) {
        INFO(line);
        CHECK_FALSE(label(line));
    }
}
