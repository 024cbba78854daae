// A box of key points, the article's own summary ("L'essentiel" / "Das Wichtigste in Kürze" / "Key points" / "Lo más
// importante" glued over a few short sentences, lexicon section summary_box_labels): under the byline it opens the
// region, at the text's end it heads its lines too; either way it is a section of its own, the text under it in a
// section of no heading. A review's "Lo mejor" / "Lo peor" heads its short items as "Pros" / "Cons" do (list_labels).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct BoxRow {
    const char* lang;
    std::string page;
    const char* label;
    std::vector<std::string> items;
    const char* text_under; // the first paragraph under the box
};

void check_box(const BoxRow& r) {
    INFO(r.lang << ": " << r.label);
    const Article a = parse(r.page);
    std::size_t at = a.sections.size();
    for (std::size_t i = 0; i < a.sections.size(); ++i)
        if (a.sections[i].heading == std::string(r.label))
            at = i;
    REQUIRE(at + 1 < a.sections.size());
    CHECK(a.sections[at].paragraphs == r.items);
    CHECK_FALSE(a.sections[at + 1].heading.has_value());
    REQUIRE_FALSE(a.sections[at + 1].paragraphs.empty());
    CHECK(a.sections[at + 1].paragraphs.front() == r.text_under);
}

} // namespace

TEST_CASE("a box of key points under the byline opens the body as a section of its own", "[sections][sect29]") {
    const BoxRow rows[] = {
        {"fr", R"(Le Courrier du Lac
Région
Le téléphérique du Salève s'arrête tout l'hiver

Les cabines seront remplacées avant l'été prochain. D'ici là, la ligne reste fermée.

Par Anne Vuilleumier
14 novembre 2026, 08:30

L'essentiel
Le téléphérique s'arrête le 1er décembre.
Les cabines neuves arrivent en avril.
Les travaux coûtent huit millions de francs.

La société d'exploitation a annoncé mardi l'arrêt du téléphérique pendant tout l'hiver, le temps de changer les cabines et le câble.

Les randonneurs pourront monter par le bus régional, qui circulera toutes les heures le week-end.

Partager
)",
         "L'essentiel",
         {"Le téléphérique s'arrête le 1er décembre.", "Les cabines neuves arrivent en avril.",
          "Les travaux coûtent huit millions de francs."},
         "La société d'exploitation a annoncé mardi l'arrêt du téléphérique pendant tout l'hiver, le temps de "
         "changer les cabines et le câble."},
        {"de", R"(Seeblatt
Region
Die Seilbahn auf den Hausberg steht den ganzen Winter still

Die Kabinen werden bis zum Sommer ersetzt. Der Betrieb ruht bis dahin.

Von Karin Oswald
14.11.2026, 08:30

Das Wichtigste in Kürze
Die Seilbahn fährt ab dem 1. Dezember nicht mehr.
Die neuen Kabinen kommen im April.
Die Arbeiten kosten acht Millionen Franken.

Die Betreiberin hat am Dienstag angekündigt, dass die Seilbahn den ganzen Winter stillsteht, damit Kabinen und Seil ersetzt werden können.

Wanderer können mit dem Regionalbus hinauffahren, der am Wochenende stündlich verkehrt.

Teilen
)",
         "Das Wichtigste in Kürze",
         {"Die Seilbahn fährt ab dem 1. Dezember nicht mehr.", "Die neuen Kabinen kommen im April.",
          "Die Arbeiten kosten acht Millionen Franken."},
         "Die Betreiberin hat am Dienstag angekündigt, dass die Seilbahn den ganzen Winter stillsteht, damit "
         "Kabinen und Seil ersetzt werden können."},
        {"en", R"(Valley Herald
Local
Cable car to the summit stops for the whole winter

The cabins will be replaced before next summer. Until then the line stays shut.

By Megan Hollis
November 14, 2026

Key points
The cable car stops on December 1.
The new cabins arrive in April.
The works cost eight million pounds.

The operator said on Tuesday that the cable car will stand still all winter while the cabins and the cable are replaced.

Walkers can take the valley bus instead, which will run every hour at weekends.

Share
)",
         "Key points",
         {"The cable car stops on December 1.", "The new cabins arrive in April.",
          "The works cost eight million pounds."},
         "The operator said on Tuesday that the cable car will stand still all winter while the cabins and the cable "
         "are replaced."},
        {"es", R"(Diario del Valle
Comarca
El teleférico de la sierra parará todo el invierno

Las cabinas se cambiarán antes del verano. Hasta entonces, la línea queda cerrada.

Por Lucía Ferrándiz
14 de noviembre de 2026

Lo más importante
El teleférico para el 1 de diciembre.
Las cabinas nuevas llegan en abril.
Las obras cuestan ocho millones de euros.

La empresa que lo gestiona anunció el martes que el teleférico estará parado todo el invierno mientras se cambian las cabinas y el cable.

Los excursionistas podrán subir en el autobús comarcal, que pasará cada hora los fines de semana.

Compartir
)",
         "Lo más importante",
         {"El teleférico para el 1 de diciembre.", "Las cabinas nuevas llegan en abril.",
          "Las obras cuestan ocho millones de euros."},
         "La empresa que lo gestiona anunció el martes que el teleférico estará parado todo el invierno mientras se "
         "cambian las cabinas y el cable."},
    };
    for (const BoxRow& r : rows)
        check_box(r);
}

TEST_CASE("a box of key points near the text's end heads its lines, the last paragraph under it",
          "[sections][sect29]") {
    const BoxRow rows[] = {
        {"de", R"(Seeblatt
Region
Der Kantonsrat will Familien bei den Steuern entlasten

Von Karin Oswald
14.11.2026, 08:30

Der Kantonsrat hat am Montag einen Vorstoss für tiefere Steuern für Familien mit 88 zu 71 Stimmen überwiesen.

Die Regierung warnte in der Debatte vor Ausfällen in zweistelliger Millionenhöhe für den Kanton und die Gemeinden.

In Kürze
Der Abzug pro Kind soll um 1500 Franken steigen.
Eine Vorlage kommt frühestens 2028.

Die Regierung hat nun zwei Jahre Zeit, um ein Gesetz auszuarbeiten.

Teilen
)",
         "In Kürze",
         {"Der Abzug pro Kind soll um 1500 Franken steigen.", "Eine Vorlage kommt frühestens 2028."},
         "Die Regierung hat nun zwei Jahre Zeit, um ein Gesetz auszuarbeiten."},
        {"fr", R"(Le Courrier du Lac
Région
Le Grand Conseil veut alléger les impôts des familles

Par Anne Vuilleumier
14 novembre 2026, 08:30

Le Grand Conseil a accepté lundi une motion pour baisser les impôts des familles, par 88 voix contre 71.

Le gouvernement a averti pendant le débat que le canton et les communes perdraient des dizaines de millions.

En bref
La déduction par enfant doit augmenter de 1500 francs.
Un projet de loi arrivera au plus tôt en 2028.

Le gouvernement a maintenant deux ans pour rédiger une loi et la soumettre au parlement cantonal.

Partager
)",
         "En bref",
         {"La déduction par enfant doit augmenter de 1500 francs.", "Un projet de loi arrivera au plus tôt en 2028."},
         "Le gouvernement a maintenant deux ans pour rédiger une loi et la soumettre au parlement cantonal."},
        {"en", R"(Valley Herald
Local
County council wants lower taxes for families

The vote was closer than expected. The county's officers now have to act.

By Megan Hollis
November 14, 2026

The county council on Monday backed a motion for lower taxes for families, by 88 votes to 71.

The county's officers warned during the debate that the county and its towns would lose tens of millions.

In short
The allowance per child should rise by 1,500 pounds.
A bill will come in 2028 at the earliest.

The officers now have two years to draft a bill and put it before the full council.

Share
)",
         "In short",
         {"The allowance per child should rise by 1,500 pounds.", "A bill will come in 2028 at the earliest."},
         "The officers now have two years to draft a bill and put it before the full council."},
    };
    for (const BoxRow& r : rows)
        check_box(r);
}

// "Lo mejor / Autonomía real de 30 km / Plegado rápido / Lo peor / ...": a review's labels over its short items head
// them in every language ("Pluspunten" / "Minpunten", "Les plus" / "Les moins").
TEST_CASE("a review's best and worst labels head their short items", "[sections][headings][sect29]") {
    test::check_heading_rows({
        {"es", R"(Análisis del patinete Rayo M2
Lo hemos probado durante tres semanas por las calles de Zaragoza, con lluvia y con sol.
La batería aguantó más de lo que promete la marca, aunque el freno trasero se queda corto en bajada.
Lo mejor
Autonomía real de 30 km
Plegado rápido
Lo peor
Frenada en mojado
Sin intermitentes
Veredicto
Un patinete honesto para ir al trabajo, aunque conviene ir despacio cuando llueve.
)", {"Lo mejor", "Lo peor", "Veredicto"}},
        {"fr", R"(Essai de la trottinette Rayo M2
Nous l'avons essayée pendant trois semaines dans les rues de Lyon, sous la pluie comme au soleil.
La batterie a tenu plus longtemps que promis, mais le frein arrière manque de mordant en descente.
Les plus
Autonomie réelle de 30 km
Pliage rapide
Les moins
Freinage sur sol mouillé
Pas de clignotants
Verdict
Une trottinette honnête pour aller au travail, à condition de rouler doucement quand il pleut.
)", {"Les plus", "Les moins", "Verdict"}},
    });
}
