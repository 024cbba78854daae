// Headline tests of the lines around a title's date: which title the date or byline line signs.
#include <catch2/catch.hpp>

#include "headline_rows.hpp"

#include <iterator>
#include <string>
#include <vector>

using PageRow = archive::test::HeadlineRow;

TEST_CASE("a date under a title's standfirst signs that title and not the section heading under it", "[headline]") {
    const PageRow rows[] = {
        // The heading of the first section repeats the article's words best; the title over the standfirst and the
        // picture's credit is the one the date signs.
        {"title, standfirst, picture, date, section heading (en)", "en", R"(Home
News
Politics
Council extends the harbour closure until April
The mayor will meet the harbour board on Friday to discuss what comes next.
© Photo: Harbour Press Agency
20 March 2021, 15:00

Ferries stay in the dock

The ferries will stay in the dock for four more weeks, the city council decided on Thursday evening.
The closure began in February, when a storm damaged two of the piers and the ramp where the ferries dock.
Repairs at the harbour have taken longer than planned because the steel for the new ramp arrived late.
)", "Council extends the harbour closure until April"},
        {"title, standfirst, picture, date, section heading (de)", "de", R"(Startseite
Nachrichten
Politik
Stadtrat verlängert die Sperrung des Hafens bis Ende April
Der Bürgermeister will am Freitag mit dem Hafenamt über die nächsten Schritte beraten.
© Foto: Hafen-Presseagentur
20. März 2021 - 15:00 Uhr

Fähren bleiben im Dock

Die Fähren bleiben noch vier Wochen im Dock, hat der Stadtrat am Donnerstagabend beschlossen.
Die Sperrung begann im Februar, als ein Sturm zwei Anleger und die Rampe beschädigte, an der die Fähren anlegen.
Die Reparatur dauert länger als geplant, weil der Stahl für die neue Rampe des Hafens spät kam.
)", "Stadtrat verlängert die Sperrung des Hafens bis Ende April"},
        {"title, standfirst, picture, date, section heading (fr)", "fr", R"(Accueil
Actualités
Politique
Le conseil prolonge la fermeture du port jusqu'en avril
Le maire rencontrera vendredi la direction du port pour discuter de la suite.
© Photo : Agence de presse du port
20 mars 2021 à 15h00

Les ferries restent au bassin

Les ferries restent au bassin quatre semaines de plus, a décidé le conseil municipal jeudi soir.
La fermeture a commencé en février, quand une tempête a endommagé deux quais et la rampe des ferries.
Les travaux durent plus longtemps que prévu car l'acier de la nouvelle rampe est arrivé en retard au port.
)", "Le conseil prolonge la fermeture du port jusqu'en avril"},
        // A date printed over the title, with no standfirst between the line above and the date: the title stays.
        {"date over the title", "en", R"(Harbour news and notes from the quay.
Friday, 4 March 2022
Ferries stay in the dock until April

The ferries will stay in the dock until April, the city council decided on Thursday evening.
The closure began in February, when a storm damaged two of the piers and the ramp where the ferries dock.
Repairs at the harbour have taken longer than planned because the steel for the new ramp arrived late.
)", "Ferries stay in the dock until April"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a date signs the title of two or three words right over it, not the tagline over that", "[headline]") {
    const PageRow rows[] = {
        {"a blog's tagline over a short title and its date (en)", "en", R"(Stories from the harbour and the people who work on its quays
Crane drivers
4 March 2024
The crane drivers of the harbour work in shifts of eight hours, high above the quays and the ships.
Most of the men and women who drive the cranes learned the work from older drivers, over years on the quays.
A crane driver lifts up to forty containers an hour when the weather is calm and the ships are ready.
)", "Crane drivers"},
        {"a blog's tagline over a short title and its date (de)", "de", R"(Geschichten aus dem Hafen und von den Leuten, die an seinen Kais arbeiten
Kranfahrer im Hafen
4. März 2024
Die Kranfahrer im Hafen arbeiten in Schichten von acht Stunden, hoch über den Kais und den Schiffen.
Die meisten Männer und Frauen am Kran haben die Arbeit von älteren Kranfahrern gelernt, über Jahre an den Kais.
Ein Kranfahrer hebt bis zu vierzig Container in der Stunde, wenn das Wetter ruhig ist und die Schiffe bereit sind.
)", "Kranfahrer im Hafen"},
        {"a blog's tagline over a short title and its date (fr)", "fr", R"(Histoires du port et des gens qui travaillent sur ses quais
Grutiers du port
4 mars 2024
Les grutiers du port travaillent par équipes de huit heures, très haut au-dessus des quais et des navires.
La plupart des hommes et des femmes aux grues ont appris le travail auprès de grutiers plus âgés, sur les quais.
Un grutier soulève jusqu'à quarante conteneurs par heure quand le temps est calme et que les navires sont prêts.
)", "Grutiers du port"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}

namespace {

// A page, the headline expected of it and its one author (nullptr: the authors are not checked).
struct SignedRow {
    const char* name;
    const char* language;
    std::string page;
    const char* headline;
    const char* author;
};

void check_signed(const SignedRow* begin, const SignedRow* end) {
    for (const SignedRow* r = begin; r != end; ++r) {
        INFO(r->name);
        const archive::Article a = archive::classify(archive::segment(r->page), r->language);
        CHECK(a.headline.value_or("<none>") == r->headline);
        if (r->author != nullptr)
            CHECK(a.authors == std::vector<std::string>{r->author});
    }
}

} // namespace

TEST_CASE("a line that is only a person's name under a title-like line is its byline, not the headline",
          "[headline][byline]") {
    // "Title / Will Knight / <text>": the name's words may be the article's too ("will", "per"), or a job title after
    // it make it a line of four words; the title over it is still the headline, the name its author (none is
    // expected where the text prints the given name as a word: "pierre", "bianca").
    const SignedRow rows[] = {
        {"a given name spelled like a small word, alone under the title (en)", "en", R"(Menu
Search

The robots that will sort your recycling

Will Knight

Sorting plants across the country will soon rely on machines that tell paper from plastic, and the firms building them say the change will be fast.

One plant outside the city already runs four such machines, and its manager says the line will double its output next year.
)", "The robots that will sort your recycling", "Will Knight"},
        {"a name and a job title on one line under the title (en)", "en", R"(Menu
Search

A summer without the island ferry

Ben Carter, Transport Reporter

The old pier will be rebuilt by the autumn, the city council decided on Thursday evening after a long debate.

The mayor wants firms from the region to do the work, and the neighbours ask for promises about the traffic in the old town.
)", "A summer without the island ferry", "Ben Carter"},
        {"a given name spelled like a small word, alone under the title (de)", "de", R"(Menü
Suche

Ein Sommer ohne Fähre auf der Insel

Will Hansen

Die Stadt will den alten Anleger bis zum Herbst erneuern, wie der Gemeinderat gestern beschlossen hat.

Der Bürgermeister will Aufträge an Firmen der Region vergeben, die Anwohner wollen Zusagen für den Verkehr in der Altstadt.
)", "Ein Sommer ohne Fähre auf der Insel", "Will Hansen"},
        {"a name and a job title on one line under the title (de)", "de", R"(Menü
Suche

Ein Sommer ohne Fähre auf der Insel

Anna Weber, Redakteurin

Die Stadt erneuert den alten Anleger bis zum Herbst, wie der Gemeinderat gestern beschlossen hat.

Der Bürgermeister vergibt Aufträge an Firmen der Region, die Anwohner fordern Zusagen für den Verkehr in der Altstadt.
)", "Ein Sommer ohne Fähre auf der Insel", "Anna Weber"},
        {"a name and a job title on one line under the title (fr)", "fr", R"(Menu
Recherche

Un été sans ferry sur l'île

Claire Dubois, Rédactrice

Les travaux sur le vieil embarcadère commenceront au printemps et dureront deux ans, selon le plan adopté hier par le conseil municipal.

Pour le maire, le projet apportera du travail à de nombreuses entreprises de la région, tandis que les riverains demandent des garanties.
)", "Un été sans ferry sur l'île", "Claire Dubois"},
        {"a given name the text prints as a word, alone under the title (fr)", "fr", R"(Menu
Recherche

Un été sans ferry sur l'île

Pierre Lenoir

Les travaux sur le vieil embarcadère en pierre commenceront au printemps et dureront deux ans, selon le plan adopté hier par le conseil municipal.

Pour le maire, le projet apportera du travail à de nombreuses entreprises de la région, tandis que les riverains demandent des garanties.
)", "Un été sans ferry sur l'île", nullptr},
        {"a given name spelled like a small word, alone under the title (it)", "it", R"(Menu
Cerca

Un'estate senza traghetto sull'isola

Per Holm

I lavori sul vecchio pontile cominceranno in primavera e dureranno due anni, secondo il piano approvato ieri dal consiglio comunale.

Per il sindaco il progetto è ben fatto e porterà lavoro a molte imprese della zona, mentre i residenti chiedono garanzie per il traffico.
)", "Un'estate senza traghetto sull'isola", "Per Holm"},
        {"a given name the text prints as a word, alone under the title (it)", "it", R"(Menu
Cerca

Un'estate senza traghetto sull'isola

Bianca Rossi

I lavori sul vecchio pontile cominceranno in primavera e la nuova facciata bianca della stazione marittima sarà pronta in due anni.

Per il sindaco il progetto porterà lavoro a molte imprese della zona, mentre i residenti chiedono garanzie per il traffico.
)", "Un'estate senza traghetto sull'isola", nullptr},
        // Two capitalised words right over a title-like line are its label, no byline under a title.
        {"a label of two capitalised words over the title (en)", "en", R"(Menu
Search
Harbour Authority
A summer without the island ferry

The old pier will be rebuilt by the autumn, the city council decided on Thursday evening after a long debate.

The mayor wants firms from the region to do the work, and the neighbours ask for promises about the traffic in the old town.
)", "A summer without the island ferry", nullptr},
    };
    check_signed(std::begin(rows), std::end(rows));
}

TEST_CASE("the button to follow the author under a name under the title neither stops the byline nor is a title",
          "[headline][byline]") {
    // "Title / Will Knight / Follow / <text>": the button is the page's furniture around the byline; alone over the
    // text ("Suivre", "Segui") it is no one-word title either.
    const SignedRow rows[] = {
        {"the follow button under the name under the title (en)", "en", R"(Menu
Search

A summer without the island ferry

Ben Carter
Follow

The old pier will be rebuilt by the autumn, the city council decided on Thursday evening after a long debate.

The mayor wants firms from the region to do the work, and the neighbours ask for promises about the traffic in the old town.
)", "A summer without the island ferry", "Ben Carter"},
        {"the follow button under the name under the title (de)", "de", R"(Startseite
Suche

Warum die Bäckerei am Markt schließt

Will Brandt
Folgen

Nach vierzig Jahren gibt die Familie das Geschäft am Markt auf, weil sich kein Nachfolger für die Backstube gefunden hat.

Die Kundschaft will sich am Samstag mit einem kleinen Fest verabschieden, sagt die Inhaberin, die selbst in Rente geht.
)", "Warum die Bäckerei am Markt schließt", "Will Brandt"},
        {"the follow button under the name under the title (fr)", "fr", R"(Menu
Recherche

Un été sans ferry sur l'île

Claire Dubois
Suivre

Les travaux sur le vieil embarcadère commenceront au printemps et dureront deux ans, selon le plan adopté hier par le conseil municipal.

Pour le maire, le projet apportera du travail à de nombreuses entreprises de la région, tandis que les riverains demandent des garanties.
)", "Un été sans ferry sur l'île", "Claire Dubois"},
        {"the follow button under the name under the title (it)", "it", R"(Menu
Cerca

Un'estate senza traghetto sull'isola

Per Holm
Segui

I lavori sul vecchio pontile cominceranno in primavera e dureranno due anni, secondo il piano approvato ieri dal consiglio comunale.

Per il sindaco il progetto è ben fatto e porterà lavoro a molte imprese della zona, mentre i residenti chiedono garanzie per il traffico.
)", "Un'estate senza traghetto sull'isola", "Per Holm"},
    };
    check_signed(std::begin(rows), std::end(rows));
}

TEST_CASE("a person's name over a title, named again by the page's byline, is the title's byline", "[headline]") {
    const PageRow rows[] = {
        // The name shares the article's words best (the standfirst and the author's note name her), the title only
        // one word: the byline further down tells that the name over the title is its author's.
        {"a columnist's name over the column's title, the byline naming her again (en)", "en", R"(Home
Columns
Jane Fletcher
Crossings after midnight
Crossings after midnight

Jane Fletcher rides the last ferry of the day and writes down what the crew and the passengers tell her on the way.

By Jane Fletcher

12 March 2024

The night ferry leaves the harbour at eleven before midnight, when the last bus from the city has arrived at the pier.
Most nights there are a dozen passengers on board, nurses from the hospital and cooks from the hotels on the island.
The crew knows most of them by name, and the captain waves to each of them when they walk up the ramp.

Jane Fletcher is a writer and reporter. Her book about the harbour came out last year.
)", "Crossings after midnight"},
        {"a columnist's name over the column's title, the byline naming her again (de)", "de", R"(Startseite
Kolumnen
Anna Muster
Überfahrten nach Mitternacht
Überfahrten nach Mitternacht

Anna Muster fährt mit der letzten Fähre des Tages und schreibt auf, was ihr die Besatzung und die Fahrgäste erzählen.

Kolumnistin: Anna Muster

12.03.2024

Die Nachtfähre legt um elf Uhr vor Mitternacht im Hafen ab, wenn der letzte Bus aus der Stadt am Anleger angekommen ist.
Die meisten Nächte sind ein Dutzend Fahrgäste an Bord, Pflegerinnen aus dem Spital und Köche aus den Hotels der Insel.
Die Besatzung kennt die meisten beim Namen, und der Kapitän winkt jedem zu, der die Rampe hinaufgeht.

Anna Muster ist Autorin und Journalistin. Ihr Buch über den Hafen erschien im letzten Jahr.
)", "Überfahrten nach Mitternacht"},
        {"a columnist's name over the column's title, the byline naming her again (fr)", "fr", R"(Accueil
Chroniques
Jeanne Morel
Traversées après minuit
Traversées après minuit

Jeanne Morel prend le dernier bateau du jour et note ce que lui racontent l'équipage et les passagers pendant la traversée.

Par Jeanne Morel

12 mars 2024

Le bateau de nuit quitte le port à onze heures avant minuit, quand le dernier bus de la ville est arrivé au quai.
La plupart des nuits, une douzaine de passagers sont à bord, des infirmières de l'hôpital et des cuisiniers des hôtels de l'île.
L'équipage connaît la plupart d'entre eux par leur nom, et le capitaine salue chacun quand il monte la rampe.

Jeanne Morel est autrice et journaliste. Son livre sur le port est paru l'an dernier.
)", "Traversées après minuit"},
        // "Career-Fair Wendle" reads as a name, but no byline prints it: the event's title stays.
        {"an event's title that reads as a name, over its motto (en)", "en", R"(Events
For companies
30 March 2024, 13:15 - 19:00
Harbour hall, Wendle
Career-Fair Wendle
Living in Wendle!
Deadline: 15 March 2024
Add to calendar
Register now
At the career fair in Wendle, companies from the harbour and the town meet students looking for their first job.
The fair takes place in the old harbour hall, with talks in the morning and meetings at the stands in the afternoon.
Students can register until the middle of March and bring their papers to the stands of the companies they choose.
)", "Career-Fair Wendle"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}
