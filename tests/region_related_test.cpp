// Titles of links to other articles printed inside the article's region: under a label announcing them
// ("Related", "Lesen Sie auch"), they are no text of the article. Whole pages in several languages, one row per page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// Each row's `line` is the title of the link: it leaves the paragraphs for the boilerplate, the text around it stays.
void check_related_rows(const std::vector<test::PageRow>& rows, const std::vector<std::string>& kept) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK_FALSE(has(paragraphs, r.line));
        CHECK(has(a.boilerplate, r.line));
        CHECK(std::any_of(paragraphs.begin(), paragraphs.end(),
                          [&](const std::string& p) { return p.starts_with(kept[i]); }));
    }
}

} // namespace

TEST_CASE("the title under a related-link label alone between two paragraphs is no text of the article",
          "[classify][region][related]") {
    check_related_rows(
        {
            {"en", R"(Harbour town builds a new quay

The council of the harbour town voted on Monday to build a new quay for the island ferries by next summer.

The old quay, built in the last century, can no longer take the weight of the larger boats that now sail there.

Related
Ferries will run every hour. The island is ready for them.

Work on the quay starts in March and the builders expect to finish it before the first ferries of the season arrive.

The mayor said the town would pay for half of the work and the region for the rest of it, as agreed last year.
)",
             "Ferries will run every hour. The island is ready for them."},
            {"de", R"(Der Hafen bekommt einen neuen Kai

Der Rat der Hafenstadt hat am Montag beschlossen, bis zum nächsten Sommer einen neuen Kai für die Fähren zu bauen.

Der alte Kai aus dem letzten Jahrhundert trägt das Gewicht der größeren Boote, die heute dort anlegen, nicht mehr.

Lesen Sie auch:
Die Fähren fahren bald jede Stunde zur Insel.

Die Arbeiten am Kai beginnen im März, und die Bauleute wollen vor der ersten Fähre der Saison damit fertig sein.

Die Bürgermeisterin sagte, die Stadt zahle die Hälfte der Arbeiten und das Land den Rest, wie im Vorjahr vereinbart.
)",
             "Die Fähren fahren bald jede Stunde zur Insel."},
            {"fr", R"(Le port aura un nouveau quai

Le conseil de la ville a voté lundi la construction d'un nouveau quai pour les ferries de l'île d'ici l'été prochain.

L'ancien quai, construit au siècle dernier, ne supporte plus le poids des grands bateaux qui y accostent aujourd'hui.

Voir aussi
Les ferries partiront toutes les heures vers l'île cet été.

Les travaux commencent en mars et les ouvriers comptent les finir avant l'arrivée des premiers ferries de la saison.

Le maire a dit que la ville paierait la moitié des travaux et la région le reste, comme convenu l'an dernier.
)",
             "Les ferries partiront toutes les heures vers l'île cet été."},
            {"es", R"(El puerto tendrá un muelle nuevo

El concejo de la ciudad votó el lunes la construcción de un muelle nuevo para los ferris de la isla antes del verano.

El muelle viejo, construido el siglo pasado, ya no soporta el peso de los barcos más grandes que llegan hoy al puerto.

Lea también:
Los ferris saldrán cada hora hacia la isla este verano.

Las obras empiezan en marzo y los obreros esperan terminarlas antes de que lleguen los primeros ferris de la temporada.

El alcalde dijo que la ciudad pagará la mitad de las obras y la región el resto, como se acordó el año pasado.
)",
             "Los ferris saldrán cada hora hacia la isla este verano."},
        },
        {"Work on the quay starts", "Die Arbeiten am Kai", "Les travaux commencent", "Las obras empiezan"});
}

TEST_CASE("a box of links inside the article, then a last section of a paragraph and a shorter sentence, ends nothing",
          "[classify][region][related]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* heading;
        const char* last;
    };
    const Row rows[] = {
        {"de", R"(Der Hafen bekommt einen neuen Kai

Der Rat der Hafenstadt hat am Montag beschlossen, bis zum nächsten Sommer einen neuen Kai für die Fähren zu bauen.

Der alte Kai aus dem letzten Jahrhundert trägt das Gewicht der größeren Boote, die heute dort anlegen, nicht mehr.

Mehr zum Thema
Fährverkehr: Neue Abfahrtszeiten ab dem Frühjahr
Inselhafen: Die Mole wird um zwanzig Meter verlängert

Fischer begrüßen den Plan

Die Fischer des Hafens lobten, dass ihre Boote während der Bauarbeiten am alten Kai liegen bleiben dürfen und keine Gebühren zahlen.

Ein Sprecher der Fischer sagte, man werde die Arbeiten genau verfolgen.

Zur Startseite
)",
         "Fischer begrüßen den Plan", "Ein Sprecher der Fischer sagte"},
        {"en", R"(Harbour town builds a new quay

The council of the harbour town voted on Monday to build a new quay for the island ferries by next summer.

The old quay, built in the last century, can no longer take the weight of the larger boats that now sail there.

More on this story
Ferries: new timetable from the spring
Island harbour: the pier will be twenty metres longer

Fishermen welcome the plan

The fishermen of the harbour praised the council for letting their boats stay at the old quay during the work, free of any fees.

A spokesman for the fishermen said they would follow the work closely.

Back to top
)",
         "Fishermen welcome the plan", "A spokesman for the fishermen said"},
        {"fr", R"(Le port aura un nouveau quai

Le conseil de la ville a voté lundi la construction d'un nouveau quai pour les ferries de l'île d'ici l'été prochain.

L'ancien quai, construit au siècle dernier, ne supporte plus le poids des grands bateaux qui y accostent aujourd'hui.

Sur le même sujet
Ferries : de nouveaux horaires dès le printemps
Port de l'île : la jetée sera allongée de vingt mètres

Les pêcheurs saluent le projet

Les pêcheurs du port ont salué la décision de laisser leurs bateaux au vieux quai pendant les travaux, sans aucun frais à payer.

Un porte-parole des pêcheurs a dit qu'ils suivraient les travaux de près.

Retour en haut
)",
         "Les pêcheurs saluent le projet", "Un porte-parole des pêcheurs a dit"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto headings = test::headings_of(a);
        CHECK(has(headings, r.heading));
        const auto paragraphs = test::paragraphs_of(a);
        REQUIRE_FALSE(paragraphs.empty());
        CHECK(paragraphs.back().starts_with(r.last));
        CHECK(paragraphs.size() == 4);
    }
}

TEST_CASE("a box of links inside an interview, then a question and its answer, ends nothing",
          "[classify][region][related]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
        const char* last;
    };
    const Row rows[] = {
        {"nl", R"("Het water kwam elk jaar een beetje hoger"

Twintig jaar lang liep de dijkwachter elke ochtend langs de rivier. Nu stopt hij ermee en blikt hij terug op zijn werk.

Hoe begon uw werk aan de dijk?
Ik was negentien toen ik voor het eerst met mijn vader meeliep, en ik wist meteen dat ik dit werk de rest van mijn leven wilde doen.

Lees ook
Rivier treedt buiten haar oevers bij de oude sluis
Waterschap wil de dijk volgend jaar verhogen

Wat is er in die jaren veranderd?
De winters zijn natter geworden en het water staat vaker hoog, zodat we nu veel meer nachten aan de dijk moeten doorbrengen dan vroeger.

Gaat u de rivier missen?
Natuurlijk, maar ik woon nog steeds aan het water en ik zal elke ochtend blijven kijken hoe hoog het staat voordat ik koffie zet.
)",
         "Waterschap wil de dijk volgend jaar verhogen", "Natuurlijk, maar ik woon"},
        {"en", R"("The water rose a little every year"

For twenty years the dike warden walked along the river every morning. Now he is retiring and looks back on his work.

How did your work on the dike begin?
I was nineteen when I first walked along with my father, and I knew at once that I wanted to do this work for the rest of my life.

Read more
River bursts its banks at the old lock
Water board wants to raise the dike next year

What has changed over those years?
The winters have become wetter and the water stands high more often, so that we now spend far more nights on the dike than we used to.

Will you miss the river?
Of course, but I still live by the water and I will keep looking every morning at how high it stands before I make my coffee.
)",
         "Water board wants to raise the dike next year", "Of course, but I still live"},
        {"de", R"("Das Wasser stieg jedes Jahr ein wenig"

Zwanzig Jahre lang ging der Deichwart jeden Morgen am Fluss entlang. Jetzt hört er auf und blickt auf seine Arbeit zurück.

Wie begann Ihre Arbeit am Deich?
Ich war neunzehn, als ich zum ersten Mal mit meinem Vater mitging, und ich wusste sofort, dass ich diese Arbeit mein Leben lang machen wollte.

Lesen Sie auch
Fluss tritt an der alten Schleuse über die Ufer
Wasserverband will den Deich nächstes Jahr erhöhen

Was hat sich in diesen Jahren verändert?
Die Winter sind nasser geworden und das Wasser steht öfter hoch, sodass wir heute viel mehr Nächte am Deich verbringen als früher.

Werden Sie den Fluss vermissen?
Natürlich, aber ich wohne immer noch am Wasser und werde jeden Morgen nachsehen, wie hoch es steht, bevor ich Kaffee koche.
)",
         "Wasserverband will den Deich nächstes Jahr erhöhen", "Natürlich, aber ich wohne"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(has(a.boilerplate, r.title));
        const auto paragraphs = test::paragraphs_of(a);
        REQUIRE_FALSE(paragraphs.empty());
        CHECK(paragraphs.back().starts_with(r.last));
        CHECK_FALSE(has(paragraphs, r.title));
    }
}
