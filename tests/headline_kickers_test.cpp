// Table-driven tests of headline finding among the lines over and under a title: a kicker, set off by a dash or glued
// to the title, a deck, a standfirst, a teaser longer than the title; one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "headline_rows.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

using namespace archive;
using archive::test::check_headlines;
using PageRow = archive::test::HeadlineRow;

TEST_CASE("headline, kicker, deck and section label", "[headline]") {
    const PageRow rows[] = {
        // A short headline over a deck more than twice its length: the deck shares more of the article's words.
        {"short headline over a long deck", "de", R"(Startseite
Kirche
Familie
Gemeinsam trauern im Netz
Eine Andacht im Chat lädt am Sonntag zum Gedenken an die Verstorbenen des Jahres ein
Seit Jahren lädt die Landeskirche am Sonntag ein, gemeinsam im Netz zu trauern und der Verstorbenen zu gedenken.
Die Namen der Verstorbenen können vorab in ein digitales Buch eingetragen werden, das während der Andacht gelesen wird.
)", "Gemeinsam trauern im Netz"},
        {"short headline over a long deck (en)", "en", R"(Home
Books
Reviews
Thinking from the soil
A poet weaves village stories and distant wars into one long and strange book about soil
By Mara Lind
The book asks for time: it is neither a collection of poems nor a report, and the soil runs through every page of it.
Village stories sit next to reports of distant wars, and the poet never says which of them matters more to her.
)", "Thinking from the soil"},
        // A section label between an institute's name and the headline: the name is no kicker-headline pair.
        {"label between", "en", R"(Home
Climate
Forests
Institute for Forest Research (IFR)
Climate
Indigenous forest keepers protect the climate best, a study finds
By
The Forest Desk
A study of forest land in forty countries finds that forests kept by indigenous peoples lose far less of their carbon.
The forest keepers also protect the rivers that run through the forest land, according to the study of the institute.
)", "Indigenous forest keepers protect the climate best, a study finds"},
        {"label between (de)", "de", R"(News > Unterhaltung > Promis >
Sängerin und Gitarrist trennen sich nach zehn Jahren
Promis
„Aus und vorbei“: Sängerin und Gitarrist trennen sich
16. März 2025
Die Sängerin und der Gitarrist trennen sich nach zehn Jahren, wie die Sängerin am Sonntag selbst mitteilte.
Die Trennung sei schon im Winter beschlossen worden, schrieb die Sängerin, und man bleibe sich freundschaftlich verbunden.
)", "„Aus und vorbei“: Sängerin und Gitarrist trennen sich"},
        // A site's tagline trailing off over the headline is no headline of its own.
        {"tagline above", "de", R"(Über mich
Impressum
Bastelkiste
Ein Haus mit zwei Katzen…
Katzen mit Schablonen malen – mit Rolle und bunten Farben
Basteln
2 Apr, 2024
Mit einer Schablone und einer kleinen Rolle malen die Kinder in unserem Haus zwei bunte Katzen auf Papier und Stoff.
Die Schablone schneidest du aus fester Pappe, dann trägst du die Farben mit der Rolle auf die Katzen auf.
)", "Katzen mit Schablonen malen – mit Rolle und bunten Farben"},
        {"tagline above (en)", "en", R"(About
Contact
The Garden Shed
Notes from a small garden...
Growing tomatoes on a windy balcony
Gardening
April 2, 2024
Tomatoes grow on a windy balcony of a small garden flat if you give them a sheltered corner and tie them to a stake early.
Water the tomatoes every morning, write notes on them, and feed them once a week when the first flowers open on the balcony.
)", "Growing tomatoes on a windy balcony"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a short topic label over the title is its kicker, an encyclopedia's tagline no title", "[headline]") {
    const PageRow rows[] = {
        {"topic label", "de", R"(Regionales
Aus- und Weiterbildung
Neues aus dem Verlag
Kohortenstudie Norwegen
Werdende Mütter zu Sport animieren
Schwangere mit Hund bewegen sich im Alltag tendenziell mehr als ohne.
Körperliche Bewegung und Sport in der Schwangerschaft haben gute Folgen für die Gesundheit von Mutter und Kind, wie eine Studie aus Norwegen zeigt.
Die Kohortenstudie in Norwegen begleitete dafür mehr als zehntausend Schwangere über die ganze Schwangerschaft hinweg.
)", "Werdende Mütter zu Sport animieren"},
        {"topic label (en)", "en", R"(Regional
Training
News from the publisher
Cohort study Norway
Encouraging expectant mothers to exercise
Pregnant women with a dog tend to move more in their daily life than those without.
Physical exercise during pregnancy is good for the health of mother and child, as a cohort study from Norway shows.
The cohort study in Norway followed more than ten thousand pregnant women through the whole pregnancy.
)", "Encouraging expectant mothers to exercise"},
        {"encyclopedia tagline", "en", R"(Harbour crane
From Wikipedia, the free encyclopedia
Jump to navigation Jump to search
A harbour crane is a crane that lifts containers and other cargo between a ship and the quay of a harbour.
Harbour cranes run on rails along the quay, and the largest of them reach across ships twenty containers wide.
)", "Harbour crane"},
        {"encyclopedia tagline (de)", "de", R"(Mobiler Hafenkran
Aus Wikipedia, der freien Enzyklopädie
Zur Navigation springen Zur Suche springen
Ein mobiler Hafenkran ist ein Kran, der Container und andere Ladung zwischen einem Schiff und dem Kai eines Hafens hebt.
Hafenkräne fahren auf Schienen am Kai entlang, und die größten von ihnen reichen über Schiffe mit zwanzig Containern.
)", "Mobiler Hafenkran"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a kicker set off from a quotation by a dash", "[headline][kicker]") {
    struct Row {
        const char* line;
        const char* kicker;
        const char* headline;
    };
    const Row rows[] = {
        {"Hochwasser - „Es kommt darauf an, wie schnell das Wasser sinkt“", "Hochwasser",
         "„Es kommt darauf an, wie schnell das Wasser sinkt“"},
        {"Réforme des retraites – « Nous ne céderons pas »", "Réforme des retraites", "« Nous ne céderons pas »"},
        {"Harbour strike - “We will stay out until Friday”", "Harbour strike", "“We will stay out until Friday”"},
        {"Conflit«Vous faites à Mossoul ce que nous faisons à Alep»", "Conflit",
         "«Vous faites à Mossoul ce que nous faisons à Alep»"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto split = split_kicker(r.line);
        REQUIRE(split);
        CHECK(split->first == r.kicker);
        CHECK(split->second == r.headline);
    }
    for (const char* line : {"Mieten oder kaufen – was rechnet sich eher?", "Interview - Der Minister spricht",
                             "Der neue Minister der Stadt - „Wir bleiben“", "corona - „Wir bleiben hier“",
                             "Hafen - „Wir bleiben“ sagt der Verein"}) {
        INFO(line);
        CHECK_FALSE(split_kicker(line));
    }
}

TEST_CASE("the kicker before a dash and a quotation is not part of the headline", "[headline][kicker]") {
    const char* page = R"(Startseite
Kultur
Gesellschaft
Pflege im Alter - „Es kommt darauf an, wie die Menschen leben“
Die Pflege im Alter hängt davon ab, wie die Menschen leben, sagt die Ärztin im Gespräch über ihre Arbeit im Heim.
Seit zwanzig Jahren arbeitet sie in der Pflege, und sie hat erlebt, wie die Menschen im Heim leben und sterben.
)";
    Article a = classify(segment(page), "de");
    CHECK(a.headline.value_or("<none>") == "„Es kommt darauf an, wie die Menschen leben“");
    CHECK(a.kicker.value_or("<none>") == "Pflege im Alter");
}

TEST_CASE("a long teaser over a short headline, a promotion over the menu, a page date far up", "[headline]") {
    const PageRow rows[] = {
        // A teaser more than twice as long right above the headline is no headline over its deck.
        {"long teaser above", "en", R"(Home
Politics
Society
Everything is ready for the march that the unions are calling together with social groups and political parties
"The court does not deliver justice but injustice"
By Lucy Berto
May 4, 2024
Unions, political parties and social groups march to the court on Thursday to denounce the injustice.
The call for the march against the court was prepared two weeks ago at a meeting of the unions.
The organisers expect a crowd in front of the court building, which will close its doors at noon.
)", "\"The court does not deliver justice but injustice\""},
        // A promotion on the page's first line, over the log-in link, shares the article's words but is no title.
        {"promotion over the log-in", "es", R"(Apoyá el periodismo independiente por $300 x mes
Iniciar sesión
Suscribite
Secciones
Política
Sociedad
Cultura
Deportes
Periodismo bajo presión
Los periodistas de los diarios independientes trabajan con menos recursos y más presión que hace diez años.
El periodismo independiente depende cada vez más de sus lectores, que pagan por mes para sostener a los diarios.
)", "Periodismo bajo presión"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a clean copy's short title over a long deck that opens the article", "[headline]") {
    const PageRow rows[] = {
        {"en", "en", R"(Derelict leaders of the harbour

The mayor and the council will go on the offense against the flooding of the harbour district

Last weekend, the harbour district was flooded again; the mayor and the council will now go on the offense against the flooding.

The council has invested too much time in the story that the flooding of the harbour is over for good.
)", "Derelict leaders of the harbour"},
        {"fr", "fr", R"(Les élus absents du port

Le maire et le conseil passeront à l'offensive contre les inondations du quartier du port cet automne

Le week-end dernier, le quartier du port a de nouveau été inondé; le maire et le conseil passeront à l'offensive contre les inondations cet automne.

Le conseil a passé trop de temps à raconter que les inondations du port étaient terminées pour de bon.
)", "Les élus absents du port"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a kicker glued before a title that the page prints alone elsewhere", "[headline]") {
    struct Row {
        const char* line;
        std::initializer_list<const char*> others;
        const char* kicker;
        const char* title;
    };
    const Row split[] = {
        {"Verkehr sichern Hafenbehörde: Neue Fähre fährt ab Montag",
         {"Meldungen", "Hafenbehörde: Neue Fähre fährt ab Montag", "Folgen Sie uns"}, "Verkehr sichern",
         "Hafenbehörde: Neue Fähre fährt ab Montag"},
        {"Harbour news The new ferry sails on Monday", {"The new ferry sails on Monday | Harbour Times"},
         "Harbour news", "The new ferry sails on Monday"},
        {"Transports Le nouveau ferry part lundi matin", {"Accueil › Actualités › Le nouveau ferry part lundi matin"},
         "Transports", "Le nouveau ferry part lundi matin"},
        {"Puerto El nuevo ferry zarpa el lunes", {"El nuevo ferry zarpa el lunes"}, "Puerto",
         "El nuevo ferry zarpa el lunes"},
    };
    for (const auto& r : split) {
        INFO(r.line);
        auto printed = [&](std::string_view title) {
            auto prints = [&](const char* o) { return printed_alone(title, o); };
            return std::any_of(r.others.begin(), r.others.end(), prints);
        };
        auto parts = split_printed_suffix(r.line, printed);
        REQUIRE(parts);
        CHECK(parts->first == r.kicker);
        CHECK(parts->second == r.title);
    }
    const Row kept[] = {
        // The title printed nowhere else; printed only inside a longer line (no piece of it); a kicker set off by
        // its own colon; a rest in lower case; a rest of three words.
        {"Harbour news The new ferry sails on Monday", {"Harbour news", "Weather"}, "", ""},
        {"Harbour news The new ferry sails on Monday", {"Why The new ferry sails on Monday matters"}, "", ""},
        {"Hafen: Neue Fähre fährt ab Montag", {"Neue Fähre fährt ab Montag"}, "", ""},
        {"Le port de la ville renaît enfin", {"de la ville renaît enfin"}, "", ""},
        {"Hafen Neue Fähre fährt", {"Neue Fähre fährt"}, "", ""},
    };
    for (const auto& r : kept) {
        INFO(r.line);
        auto printed = [&](std::string_view title) {
            auto prints = [&](const char* o) { return printed_alone(title, o); };
            return std::any_of(r.others.begin(), r.others.end(), prints);
        };
        CHECK_FALSE(split_printed_suffix(r.line, printed));
    }
}

TEST_CASE("a headline line keeps its glued kicker apart when the page prints the title alone", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Startseite
Ministerium
Suche
Verkehr sichern Hafenbehörde: Neue Fähre fährt ab Montag nach Plan

Pressemitteilung vom 3. März 2024 | Die neue Fähre im Hafen fährt ab Montag nach dem Plan, den die Hafenbehörde vorgestellt hat.
Die Fähre ersetzt das alte Schiff, das seit dreißig Jahren zwischen der Stadt und der Insel verkehrte.
Die Hafenbehörde rechnet mit mehr Fahrgästen, weil die neue Fähre schneller und öfter fährt.
Meldungen
Hafenbehörde: Neue Fähre fährt ab Montag nach Plan
Folgen Sie uns
)", "Hafenbehörde: Neue Fähre fährt ab Montag nach Plan"},
        {"en", "en", R"(Home
Ministry
Search
Safe transport The harbour office says the new ferry sails on Monday

Press release of March 3, 2024 | The new ferry in the harbour sails from Monday on the plan the harbour office presented.
The ferry replaces the old ship that sailed between the town and the island for thirty years.
The harbour office expects more passengers, as the new ferry is faster and sails more often.
News
The harbour office says the new ferry sails on Monday
Follow us
)", "The harbour office says the new ferry sails on Monday"},
        {"fr", "fr", R"(Le nouveau ferry part lundi matin | Journal du Port
Accueil
Recherche
Transports Le nouveau ferry part lundi matin

Publié le 3 mars 2024 | Le nouveau ferry du port part lundi matin selon le plan que la capitainerie a présenté.
Le ferry remplace le vieux bateau qui reliait la ville et l'île depuis trente ans.
La capitainerie attend plus de passagers, car le nouveau ferry est plus rapide et part plus souvent.
)", "Le nouveau ferry part lundi matin"},
    };
    check_headlines(std::begin(rows), std::end(rows));
    const char* const kickers[] = {"Verkehr sichern", "Safe transport", "Transports"};
    for (std::size_t k = 0; k < std::size(rows); ++k) {
        const PageRow& r = rows[k];
        INFO(r.name);
        Article a = classify(segment(r.page), r.language);
        CHECK(a.kicker.value_or("") == kickers[k]);
        CHECK(lost_lines(a, r.page).empty());
    }
}

TEST_CASE("a longer subtitle opening the article unsigned under its title leaves the title the headline", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Gemeinden
Bildung
Senioren
Umwelt und Energie
Fachstelle Hafenseelsorge
Trauern digital um die Seeleute
Mit einer Kerze an der Mole der Seeleute gedenken

Hafenstadt, (12.11.2024). Traditionell gedenken die Gemeinden im November der Seeleute, die auf See geblieben sind.

Die Andacht an der Mole, die seit vielen Jahren stattfindet, will das Angebot der Gemeinden am Hafen ergänzen.

Ab sofort können die Namen der Seeleute in ein Buch eingetragen werden, das in der Kapelle am Hafen ausliegt.
)", "Trauern digital um die Seeleute"},
        {"en", "en", R"(Parishes
Education
Seniors
Environment and Energy
Harbour Chaplaincy
Grieving online for the sailors
Light a candle for the sailors at the pier

Harbour Town, (12.11.2024). Every November the parishes remember the sailors who stayed at sea.

The service on the pier, held for many years now, adds to what the parishes of the harbour offer.

From now on the names of the sailors can be written in a book that lies in the chapel by the harbour.
)", "Grieving online for the sailors"},
        {"fr", "fr", R"(Paroisses
Éducation
Seniors
Environnement et énergie
Aumônerie du port
Deuil numérique pour les marins
Se souvenir des marins lors de la veillée

Ville-du-Port, (12.11.2024). Chaque novembre, les paroisses se souviennent des marins restés en mer.

La veillée sur la jetée, qui a lieu depuis de nombreuses années, complète ce que proposent les paroisses du port.

Désormais, les noms des marins peuvent être inscrits dans un livre posé dans la chapelle près du port.
)", "Deuil numérique pour les marins"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a teaser longer than most headlines over a short title", "[headline]") {
    const PageRow rows[] = {
        // Sixteen words or more, more than twice as long as the title under it: the teaser printed over it.
        {"quoted title under a long teaser (es)", "es", R"(Portada
El país
Economía
Cultura
Contratapa
Los vecinos del puerto se preparan para la marcha que convocan las cooperativas de pescadores junto a gremios y clubes de barrio
"El muelle no es de las empresas"
La marcha está convocada para las 18 frente a la intendencia. Los vecinos piden que se frene la venta del muelle.
Por Marina Quiroga
12 de marzo de 2024 - 00:41
Los vecinos del puerto marchan este jueves para frenar la venta del muelle viejo a una empresa privada.
Las cooperativas de pescadores llamaron a la marcha hace dos semanas, en una asamblea en el club del barrio.
Los organizadores esperan a miles de vecinos frente a la intendencia, que cerrará sus puertas al mediodía.
)", "\"El muelle no es de las empresas\""},
        {"quoted title under a long teaser (pt)", "pt", R"(Início
Brasil
Economia
Cultura
Os moradores do porto se preparam para a marcha convocada pelas cooperativas de pescadores junto com sindicatos e clubes do bairro
"O porto não é das empresas, é dos moradores"
A marcha está marcada para as 18 horas em frente à prefeitura. Os moradores pedem que a venda do cais seja suspensa.
Por Mariana Queiroz
12 de março de 2024
Os moradores do porto marcham nesta quinta-feira para impedir a venda do cais velho a uma empresa privada.
As cooperativas de pescadores convocaram a marcha há duas semanas, numa assembleia no clube do bairro.
Os organizadores esperam milhares de moradores em frente à prefeitura, que fechará as portas ao meio-dia.
)", "\"O porto não é das empresas, é dos moradores\""},
        // A headline of ordinary length over a short deck stays the headline.
        {"headline over its deck (de)", "de", R"(Startseite
Wissen
Gesundheit
Was im Körper passiert, wenn wir morgens zu wenig Wasser trinken
Die Wissenschaft vom Durst
Schon ein kleiner Mangel an Wasser macht müde, sagen Forscher. Der Körper reagiert schneller, als viele denken.
Wer morgens zu wenig Wasser trinkt, spürt das oft erst am Nachmittag als Kopfschmerz oder als Müdigkeit.
Der Körper verliert über Nacht Wasser, und das Gehirn reagiert auf den Mangel als Erstes.
Forscher empfehlen darum ein großes Glas Wasser gleich nach dem Aufstehen, noch vor dem Kaffee.
)", "Was im Körper passiert, wenn wir morgens zu wenig Wasser trinken"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a long deck under a title signed by its date", "[headline]") {
    const PageRow rows[] = {
        // The title, the site's name, the date, a label, then a deck of sixteen words or more sharing the article's words.
        {"long deck (en)", "en", R"(Home
World
Tech
Contact
ID dictate: City and sponsors bet on total control!
harbour-news.example
November 6, 2023
Surveillance/Privacy
The council programme funds a digital public register, while the region and two foundations push for digital IDs for every resident by 2030
An escalation of the push for digital identity cards.
The council's programme starts a project on what it calls a digital public register, a system in which every resident gets a digital ID.
The reason given for the project is that digital IDs make it easier for residents to reach the services of the council.
Critics of the project say that the register gives the council a complete picture of the lives of all residents.
)", "ID dictate: City and sponsors bet on total control!"},
        {"long deck (de)", "de", R"(Startseite
Welt
Technik
Kontakt
Diktat: Stadt und Sponsoren setzen auf totale Kontrolle!
hafen-nachrichten.example
6. November 2023
Überwachung/Datenschutz
Das Programm des Stadtrats fördert ein digitales Melderegister, während die Region und zwei Stiftungen bis 2030 für digitale Ausweise werben
Eine neue Stufe im Drängen auf digitale Ausweise.
Das Programm des Stadtrats startet ein Projekt für ein sogenanntes digitales Melderegister, in dem jeder Einwohner einen digitalen Ausweis bekommt.
Begründet wird das Projekt damit, dass digitale Ausweise den Weg zu den Diensten der Stadt erleichtern.
Kritiker sagen, das Register gebe dem Stadtrat ein vollständiges Bild vom Leben aller Einwohner.
)", "Diktat: Stadt und Sponsoren setzen auf totale Kontrolle!"},
        // A long headline with no signed title above it stays the headline.
        {"long headline (en)", "en", R"(Home
World
Harbour news
Fishermen and their families march against the sale of the old pier to a private company from the capital
May 3, 2024
By Tom Reyes
Fishermen and their families marched through the harbour district on Friday against the sale of the old pier.
The council wants to sell the pier to a company from the capital that plans to build a hotel on it.
The fishermen say that they will lose the only place where they can land their catch in the district.
)",
         "Fishermen and their families march against the sale of the old pier to a private company from the capital"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a title closed by a full stop over its longer standfirst and the date is the headline", "[headline]") {
    // A magazine's title of one or two short sentences; its standfirst, longer, under it; the date and byline under
    // that. (A heading naming a date, "Prices from 1 May", signs no title: the date line opens with its date.)
    const PageRow rows[] = {
        {"stopped title over a standfirst (en)", "en", R"(Skip to content
MAGAZINE
PHOTOGRAPHY
TRAVEL
Old ferries once crowded this harbour. Now the seals are back.
The small harbour of Wendle, emptied of its fishing fleet and its ferries over forty years, has become a quiet home for a colony of grey seals. How did they find it?
Tuesday, 4 March 2025
By Jane Roe
It takes an hour to walk around the harbour of Wendle, and on a calm morning you can count more than sixty seals on the old slipway.
The last ferry left the harbour in the spring of 1985, and the fishing boats followed it to the new port further down the coast.
Since then the seals have moved in, first a few young ones, then whole families that now spend the winter on the quay.
)", "Old ferries once crowded this harbour. Now the seals are back."},
        {"stopped title over a standfirst (de)", "de", R"(Zum Inhalt springen
MAGAZIN
FOTOGRAFIE
REISEN
Früher lagen hier Fähren. Heute liegen hier Robben.
Der kleine Hafen von Wendle hat in vierzig Jahren seine Fischer und seine Fähren verloren und ist zur ruhigen Heimat einer Kolonie von Kegelrobben geworden. Wie haben sie ihn gefunden?
Dienstag, 4. März 2025
Von Jana Roth
Eine Stunde braucht man, um den Hafen von Wendle zu umrunden, und an einem ruhigen Morgen liegen mehr als sechzig Robben auf der alten Slipanlage.
Die letzte Fähre verließ den Hafen im Frühjahr 1985, und die Fischkutter folgten ihr in den neuen Hafen weiter unten an der Küste.
Seitdem sind die Robben eingezogen, zuerst einige junge Tiere, dann ganze Familien, die nun den Winter auf dem Kai verbringen.
)", "Früher lagen hier Fähren. Heute liegen hier Robben."},
        {"stopped title over a standfirst (fr)", "fr", R"(Aller au contenu
MAGAZINE
PHOTOGRAPHIE
VOYAGE
Les ferries ont quitté ce port. Les phoques l'ont trouvé.
Le petit port de Wendle, vidé de ses pêcheurs et de ses ferries en quarante ans, est devenu le refuge tranquille d'une colonie de phoques gris. Comment l'ont-ils trouvé ?
Mardi 4 mars 2025
Par Jeanne Roux
Il faut une heure pour faire le tour du port de Wendle, et par un matin calme on compte plus de soixante phoques sur la vieille cale.
Le dernier ferry a quitté le port au printemps 1985, et les bateaux de pêche l'ont suivi vers le nouveau port plus bas sur la côte.
Depuis, les phoques se sont installés, d'abord quelques jeunes, puis des familles entières qui passent l'hiver sur le quai.
)", "Les ferries ont quitté ce port. Les phoques l'ont trouvé."},
        {"a heading naming a date under a quotation (de)", "de", R"(Zum Inhalt springen
Hafenblatt
Fähren werden teurer
Von Jana Roth
4. März 2025
Teilen
Einzelfahrt, Monatskarte und Tageskarte der Hafenfähre kosten ab 1. Mai 2025 mehr.
„Wir müssen die gestiegenen Kosten für Diesel und Personal an die Fahrgäste weitergeben, damit die Fähre auch im Winter fahren kann“, sagt der Betriebsleiter der Hafenfähre.
Die neuen Preise ab 1. Mai 2025
Die Einzelfahrt kostet dann 3,20 Euro statt bisher 2,95 Euro, die Monatskarte steigt von 48 auf 52 Euro, die Tageskarte von 6 auf 7 Euro.
Für Kinder und Schüler bleibt die Fahrt mit der Hafenfähre wie bisher kostenlos, teilte der Betrieb mit.
)", "Fähren werden teurer"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a section's label glued to the title without a space is its kicker when the menu prints the label",
          "[headline][kicker]") {
    const PageRow rows[] = {
        {"pl", "pl", R"(Gazeta Rzeczna
Kraj
Region
Sport

RegionNowy prom na jeziorze zabierze dwa razy więcej pasażerów
Prom kursuje od poniedziałku co pół godziny, a bilety kosztują tyle samo co przed rokiem.
Przewoźnik kupił statek w stoczni nad morzem i przez całą jesień szkolił nową załogę.
)", "Nowy prom na jeziorze zabierze dwa razy więcej pasażerów"},
        {"de", "de", R"(Seeblatt
Inland
Wirtschaft
Sport

WirtschaftDie neue Fähre über den See fasst doppelt so viele Fahrgäste
Die Fähre fährt ab Montag alle dreißig Minuten, und die Fahrkarten kosten so viel wie im letzten Jahr.
Die Reederei hat das Schiff an der Küste gekauft und die neue Besatzung den ganzen Herbst geschult.
)", "Die neue Fähre über den See fasst doppelt so viele Fahrgäste"},
        {"fr", "fr", R"(Le Courrier du Lac
Société
Régions
Sport

RégionsLe nouveau bac du lac emportera deux fois plus de passagers
Le bac part dès lundi toutes les demi-heures, et les billets coûtent le même prix que l'an dernier.
La compagnie a acheté le bateau sur la côte et a formé le nouvel équipage pendant tout l'automne.
)", "Le nouveau bac du lac emportera deux fois plus de passagers"},
        {"it", "it", R"(La Gazzetta del Lago
Cronaca
Politica
Sport

CronacaIl nuovo traghetto del lago porterà il doppio dei passeggeri
Il traghetto parte da lunedì ogni mezz'ora, e i biglietti costano come l'anno scorso.
La compagnia ha comprato la nave sulla costa e ha formato il nuovo equipaggio per tutto l'autunno.
)", "Il nuovo traghetto del lago porterà il doppio dei passeggeri"},
    };
    check_headlines(std::begin(rows), std::end(rows));
    const char* const kickers[] = {"Region", "Wirtschaft", "Régions", "Cronaca"};
    for (std::size_t k = 0; k < std::size(rows); ++k) {
        INFO(rows[k].page);
        CHECK(classify(segment(rows[k].page), rows[k].language).kicker.value_or("<none>") == kickers[k]);
    }
    // "McCain", "YouTube", "DeLuca": a capital inside a name's word glues no label the page prints alone.
    const PageRow whole[] = {
        {"en", "en", R"(Harbour Notes
Home
Politics
Sport

McCain's old ferry returns to the harbour after forty years
The ferry sails again from Monday, every half hour, and the tickets cost what they cost last year.
The company bought the ship on the coast and trained the new crew through the whole autumn.
)", "McCain's old ferry returns to the harbour after forty years"},
        {"it", "it", R"(La Gazzetta del Lago
Cronaca
Politica
Sport

DeLuca vince la regata del lago per la terza volta
Il velista ha tagliato il traguardo con dieci minuti di vantaggio sugli avversari più vicini.
La regata si è corsa con un vento forte da nord che ha fatto rovesciare due barche.
)", "DeLuca vince la regata del lago per la terza volta"},
    };
    check_headlines(std::begin(whole), std::end(whole));
    for (const auto& r : whole) {
        INFO(r.page);
        CHECK_FALSE(classify(segment(r.page), r.language).kicker);
    }
    // The rule alone: the label must be printed alone; a title of three words at least follows it.
    auto menu = [](std::string_view label) { return label == "Region" || label == "Sport"; };
    CHECK(split_camel_kicker("RegionMost na Wiśle zamknięty", "pl", menu) ==
          std::optional<std::pair<std::string, std::string>>({"Region", "Most na Wiśle zamknięty"}));
    CHECK_FALSE(split_camel_kicker("SportMecz odwołany", "pl", menu));
    CHECK_FALSE(split_camel_kicker("YouTube zmienia zasady dla twórców", "pl", menu));
}

TEST_CASE("a label over the title that the site's menu also lists is its kicker", "[headline][kicker]") {
    const PageRow rows[] = {
        {"it", "it", R"(La Gazzetta del Lago
Cronaca
Politica
Sport

Questo sito usa cookie tecnici. Continuando la navigazione accetti il loro uso.
Accetta

Cronaca
Riapre il rifugio sul passo dopo tre anni di lavori

Il rifugio era chiuso dall'inverno della grande nevicata, che aveva sfondato il tetto del dormitorio.

Il Comune ha rifatto il tetto e le stanze, e da sabato il gestore accoglie di nuovo gli escursionisti.
)", "Riapre il rifugio sul passo dopo tre anni di lavori"},
        {"es", "es", R"(El Heraldo del Lago
Colombia
Mundo
Deportes

Colombia
La lancha del lago llevará el doble de pasajeros desde el lunes

La lancha sale desde el lunes cada media hora, y los pasajes cuestan lo mismo que el año pasado.

La empresa compró el barco en la costa y formó a la nueva tripulación durante todo el otoño.
)", "La lancha del lago llevará el doble de pasajeros desde el lunes"},
        {"de", "de", R"(Seeblatt
Region
Wirtschaft
Sport

Region
Am Stausee öffnet im Frühling ein neuer Campingplatz mit achtzig Stellplätzen

Der Platz liegt am Nordufer, wo bis zum letzten Sommer noch eine alte Kiesgrube war.

Die Gemeinde hat das Gelände gekauft und verpachtet es für zwanzig Jahre an einen Verein.
)", "Am Stausee öffnet im Frühling ein neuer Campingplatz mit achtzig Stellplätzen"},
        {"en", "en", R"(Lake Herald
Home
Business
Sport

Business
The new lake ferry will carry twice as many passengers

The ferry sails every half hour from Monday, and the tickets cost what they cost last year.

The company bought the ship on the coast and trained the new crew through the whole autumn.
)", "The new lake ferry will carry twice as many passengers"},
    };
    check_headlines(std::begin(rows), std::end(rows));
    const char* const kickers[] = {"Cronaca", "Colombia", "Region", "Business"};
    for (std::size_t k = 0; k < std::size(rows); ++k) {
        INFO(rows[k].page);
        CHECK(classify(segment(rows[k].page), rows[k].language).kicker.value_or("<none>") == kickers[k]);
    }
}
