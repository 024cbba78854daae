// region47: the Swiss page kinds of probe49 in the article's region. A subscribers' notice of a sentence's length
// (no stop) over the picture and the text is a badge, not the paywall's cut (paywall_badge(), region_edges.cpp); a
// subscribers' badge of one word over the first paragraph leaves the body (subscriber_badge(), notices.cpp); a summary
// box headed by its label without a colon ("Darum gehts", "Em resumo", "In het kort": lexicon summary_box_labels)
// heads a first section of its own; the bare agency tag with its desk's initials under a video's lines is the
// article's source tag (read_source_tag(), classify_tail.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "region_parts.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

namespace {
const std::string fr_notice = R"(Le Courrier du Lac
Menu
Région
Suisse
Sports

Transports publics
Le funiculaire de la Cité fermera tout l’hiver

Les câbles doivent être remplacés plus tôt que prévu. Un bus navette desservira les trois arrêts.

Par Léa Morand, Neuchâtel
03.12.2026, 18:05

Ce contenu est réservé aux abonnés

La station inférieure du funiculaire, place des Halles, un soir de novembre.
Photo: archives

Le funiculaire de la Cité ne circulera pas entre le 5 janvier et la fin du mois de mars, a annoncé mercredi la compagnie des transports urbains.

Lors du contrôle annuel, les techniciens ont découvert une usure anormale des câbles, qui doivent être changés avant la saison touristique.

Un bus navette partira toutes les dix minutes de la gare et desservira les trois arrêts de la ligne pendant toute la durée des travaux.

Partager
Facebook
E-mail
)";

const std::string de_notice = R"(Seetaler Zeitung
Menü
Region
Schweiz
Sport

Verkehr
Die Standseilbahn fährt den ganzen Winter nicht

Die Seile müssen früher als geplant ersetzt werden. Ein Ersatzbus bedient die drei Haltestellen.

Von Reto Imfeld, Zug
03.12.2026, 18:05

Dieser Beitrag ist nur für Abonnenten

Die Talstation der Standseilbahn am Postplatz an einem Abend im November.
Foto: Archiv

Die Standseilbahn fährt zwischen dem 5. Januar und Ende März nicht, wie die städtischen Verkehrsbetriebe am Mittwoch mitteilten.

Bei der jährlichen Kontrolle hatten die Techniker eine ungewöhnliche Abnützung der Seile festgestellt, die vor der Saison ersetzt werden müssen.

Ein Ersatzbus fährt während der ganzen Bauzeit alle zehn Minuten vom Bahnhof ab und bedient die drei Haltestellen der Linie.

Teilen
Facebook
E-Mail
)";

const std::string it_notice = R"(Corriere del Lago
Menu
Regione
Svizzera
Sport

Trasporti
La funicolare resterà chiusa per tutto l’inverno

Le funi devono essere sostituite prima del previsto. Un bus navetta servirà le tre fermate.

di Marco Pedrini, Locarno
03.12.2026, 18:05

Questo contenuto è riservato agli abbonati

La stazione a valle della funicolare in una sera di novembre.
Foto: archivio

La funicolare non circolerà tra il 5 gennaio e la fine di marzo, ha annunciato mercoledì l’azienda dei trasporti cittadini.

Durante il controllo annuale i tecnici hanno scoperto un’usura anomala delle funi, che devono essere cambiate prima della stagione turistica.

Un bus navetta partirà ogni dieci minuti dalla stazione e servirà le tre fermate della linea per tutta la durata dei lavori.

Condividi
Facebook
E-mail
)";

const std::string de_abo2 = R"(Oberländer Bote
Region
Thun
Spiez
Sport

Schulhaus Allmend
Die Gemeinde baut für 18 Millionen ein neues Schulhaus

Der Gemeinderat hat den Kredit einstimmig gutgeheissen. Das Volk stimmt im März ab.

Von Martina Zurbrügg, Spiez
Aktualisiert vor 2 Stunden

Abo

Das alte Schulhaus an der Allmendstrasse wurde 1962 gebaut.
Bild: Archiv

Das Schulhaus an der Allmendstrasse ist zu klein geworden. Im nächsten Sommer werden in Spiez fast hundert Kinder mehr eingeschult als noch vor fünf Jahren.

Der Gemeinderat will deshalb für 18 Millionen Franken einen Neubau mit zwölf Klassenzimmern und einer Turnhalle errichten.

Die Stimmberechtigten entscheiden im März über den Kredit. Bei einem Ja könnten die Bauarbeiten im Herbst beginnen.

Mehr zum Thema
Schulraum: Die Gemeinden rechnen neu
)";

const std::string fr_abo = R"(Le Journal du Jura
Région
Delémont
Porrentruy
Sports

La commune investit 18 millions dans un nouveau collège

Le Conseil communal a approuvé le crédit à l’unanimité. Le peuple votera en mars.

Par Sandrine Kohler, Delémont
Mis à jour il y a 2 heures

Abonnés

Le collège actuel de la Communance date de 1962.
Photo: archives

Le collège de la Communance est devenu trop petit. L’été prochain, près de cent élèves de plus qu’il y a cinq ans commenceront l’école à Delémont.

Le Conseil communal veut donc construire pour 18 millions de francs un nouveau bâtiment avec douze salles de classe et une salle de gym.

Les électeurs se prononceront en mars sur le crédit. En cas d’acceptation, le chantier pourrait commencer en automne.

Sur le même sujet
Locaux scolaires: les communes refont leurs calculs
)";

const std::string de_box = R"(Stadtanzeiger Online
News
Schweiz
Sport

Zürich
Stadt will Velo-Parkhaus unter dem Bahnhof bauen

Publiziert: 04.12.2026, 11:20

von Nadine Keller

Darum gehts
Unter dem Bahnhof sollen 3000 Veloplätze entstehen.
Das Projekt kostet rund 40 Millionen Franken.
Die Bauarbeiten dauern bis 2030.

Die Stadt Zürich will unter dem Bahnhofplatz ein Velo-Parkhaus mit 3000 Plätzen bauen. Das hat der Stadtrat am Mittwoch bekannt gegeben.

Heute stehen viele Velos rund um den Bahnhof auf den Trottoirs. «Das ist für Fussgänger gefährlich», sagt Stadträtin Anna Frey.

Die Bauarbeiten sollen 2027 beginnen und bis 2030 dauern. Das Parlament entscheidet im Frühling über den Kredit.
)";

const std::string pt_box = R"(Jornal da Beira
Notícias
País
Desporto

Viseu
Câmara quer construir parque de bicicletas junto à estação

Publicado: 04.12.2026, 11:20

por Inês Cardoso

Em resumo
Junto à estação vão nascer 3000 lugares para bicicletas.
O projeto custa cerca de 40 milhões de euros.
As obras duram até 2030.

A Câmara de Viseu quer construir junto à estação um parque para 3000 bicicletas. O anúncio foi feito pelo presidente da autarquia na quarta-feira.

Hoje muitas bicicletas ficam presas nos passeios à volta da estação. «É perigoso para quem anda a pé», disse a vereadora Ana Freitas.

As obras devem começar em 2027 e durar até 2030. A assembleia municipal decide na primavera sobre o financiamento.
)";

const std::string nl_box = R"(Dagblad van het Oosten
Nieuws
Regio
Sport

Zwolle
Gemeente wil fietsenstalling onder het station bouwen

Geplaatst: 04.12.2026, 11:20

door Sanne de Vries

In het kort
Onder het station komen 3000 plekken voor fietsen.
Het project kost ongeveer 40 miljoen euro.
De bouw duurt tot 2030.

De gemeente Zwolle wil onder het stationsplein een fietsenstalling met 3000 plekken bouwen. Dat heeft het college woensdag bekendgemaakt.

Nu staan veel fietsen rond het station op de stoepen. „Dat is gevaarlijk voor voetgangers”, zegt wethouder Anna Vos.

De bouw moet in 2027 beginnen en duurt tot 2030. De gemeenteraad beslist in het voorjaar over het krediet.
)";

const std::string fr_tag = R"(Radio Lac Info
Accueil
Suisse
Monde
Sport

Publié à 07:10

Un glissement de terrain coupe la route du col des Mosses

Des tonnes de terre et de rochers ont recouvert la chaussée dans la nuit de mardi à mercredi. Personne n’a été touché.

Le glissement s’est produit vers 03h00 au-dessus du hameau des Voëttes, sur une cinquantaine de mètres de route, a indiqué la police cantonale.

«Le terrain était gorgé d’eau après trois jours de pluie continue», a expliqué mercredi matin le voyer de l’arrondissement, Pierre Chappuis.

La route restera fermée au moins jusqu’à vendredi. Les automobilistes sont priés de passer par le col du Pillon.

Vidéo
Les images du glissement filmées depuis un drone
12h45 / 2 min. / aujourd’hui à 12:45

ats/mbr

Sur le même sujet
Les routes de montagne sous surveillance
)";

const std::string de_tag = R"(Radio Seeland News
Startseite
Schweiz
International
Sport

Publiziert um 07:10 Uhr

Ein Erdrutsch verschüttet die Strasse über den Jaunpass

Tonnen von Erde und Geröll haben in der Nacht auf Mittwoch die Fahrbahn bedeckt. Verletzt wurde niemand.

Der Erdrutsch ereignete sich gegen 3 Uhr oberhalb des Weilers Gruben auf einer Länge von rund fünfzig Metern, wie die Kantonspolizei mitteilte.

«Der Boden war nach drei Tagen Dauerregen völlig durchnässt», sagte der Kreisoberingenieur Hans Gerber am Mittwochmorgen.

Die Strasse bleibt mindestens bis Freitag gesperrt. Autofahrer sollen über den Col des Mosses ausweichen.

Video
Die Bilder des Erdrutsches aus der Luft
Tagesschau / 2 Min. / heute um 12:45

sda/hug

Mehr zum Thema
Bergstrassen unter Beobachtung
)";

} // namespace

TEST_CASE("a subscribers' notice of six words over the picture and the text cuts nothing", "[region][paywall][region47]") {
    struct Row {
        const char* lang;
        const std::string& page;
        const char* notice;
        const char* last; // the text's last paragraph
    };
    const Row rows[] = {
        {"fr", fr_notice, "Ce contenu est réservé aux abonnés", "Un bus navette partira toutes"},
        {"de", de_notice, "Dieser Beitrag ist nur für Abonnenten", "Ein Ersatzbus fährt während"},
        {"it", it_notice, "Questo contenuto è riservato agli abbonati", "Un bus navetta partirà ogni"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.last));
        CHECK_FALSE(test::in_text(a, r.notice));
    }
}

TEST_CASE("a subscribers' notice of six words under the text, over no text of the article, still cuts it",
          "[region][paywall][region47]") {
    // Under the last free paragraph: the author's box and a teaser under the notice are no article's text.
    const Article a = parse(R"(Le Courrier du Lac
Région
Le funiculaire de la Cité fermera tout l’hiver
Les câbles doivent être remplacés plus tôt que prévu. Un bus navette desservira les trois arrêts.
Publié le 3 décembre 2026
Le funiculaire de la Cité ne circulera pas entre le 5 janvier et la fin du mois de mars, a annoncé la compagnie.
Lors du contrôle annuel, les techniciens ont découvert une usure anormale des câbles de la ligne.
La suite de cet article est réservée aux abonnés
Déjà abonné ? Se connecter
Léa Morand
Journaliste à la rubrique régionale, elle suit les transports et l’urbanisme de la ville.
Les plus lus
)");
    CHECK(test::has_paragraph_starting(a, "Lors du contrôle annuel"));
    CHECK_FALSE(test::has_paragraph_starting(a, "Journaliste à la rubrique"));
}

TEST_CASE("a subscribers' badge of one word", "[region][paywall][region47]") {
    for (const char* line : {"Abo", "Abonnés", "Premium", "PLUS", "BZ+", "Abo+"})
        CHECK(subscriber_badge(test::block_of(line)));
    for (const char* line : {"Abonnieren Sie unseren Newsletter", "Politik", "Plus d’infos", "+", "Abo."})
        CHECK_FALSE(subscriber_badge(test::block_of(line)));
}

TEST_CASE("a subscribers' badge of one word over the first paragraph heads no section", "[region][paywall][region47]") {
    struct Row {
        const char* lang;
        const std::string& page;
        const char* badge;
        const char* first; // the text's first paragraph
    };
    const Row rows[] = {
        {"de", de_abo2, "Abo", "Das Schulhaus an der Allmendstrasse"},
        {"fr", fr_abo, "Abonnés", "Le collège de la Communance est"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        REQUIRE_FALSE(a.sections.empty());
        CHECK_FALSE(a.sections.front().heading);
        CHECK(test::has_paragraph_starting(a, r.first));
        CHECK_FALSE(test::in_text(a, r.badge));
    }
}

TEST_CASE("a summary box's label without a colon heads the box's section", "[region][sections][region47]") {
    struct Row {
        const char* lang;
        const std::string& page;
        const char* label;
        const char* item; // the box's first item
    };
    const Row rows[] = {
        {"de", de_box, "Darum gehts", "Unter dem Bahnhof sollen"},
        {"pt", pt_box, "Em resumo", "Junto à estação vão nascer"},
        {"nl", nl_box, "In het kort", "Onder het station komen"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        REQUIRE(a.sections.size() >= 2);
        REQUIRE(a.sections.front().heading);
        CHECK(*a.sections.front().heading == r.label);
        REQUIRE_FALSE(a.sections.front().paragraphs.empty());
        CHECK(a.sections.front().paragraphs.front().rfind(r.item, 0) == 0);
    }
}

TEST_CASE("the bare agency tag with its desk's initials under a video's lines tags the text", "[agencies][region47]") {
    struct Row {
        const char* lang;
        const std::string& page;
        const char* raw;
        const char* agency;
    };
    const Row rows[] = {
        {"fr", fr_tag, "ats/mbr", "ats"},
        {"de", de_tag, "sda/hug", "sda"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
    // The video's credit of two names joined by '/', no agency's tag with a desk's initials: no source tag.
    std::string page = fr_tag;
    page.replace(page.find("ats/mbr"), 7, "KEYSTONE/ATS");
    CHECK_FALSE(parse(page).source_tag);
}
