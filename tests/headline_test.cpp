// Table-driven tests of headline finding: which line of a full page is the headline, one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {
struct PageRow {
    const char* name;
    const char* language;
    const char* page;
    const char* headline;
};

void check_headlines(const PageRow* begin, const PageRow* end) {
    for (const PageRow* r = begin; r != end; ++r) {
        INFO(r->name);
        Article a = classify(segment(r->page), r->language);
        CHECK(a.headline.value_or("<none>") == r->headline);
    }
}
} // namespace

TEST_CASE("a title cut by dashes into long pieces is no breadcrumb", "[headline]") {
    for (const char* line : {"Raspberry Pi 3 - A tiny computer for everyone - Sold out in a week",
                             "Die neue Brücke steht - Verkehr rollt ab Montag - Anwohner atmen auf",
                             "Le pont est ouvert – les voitures passent dès lundi", "El puente nuevo ya está abierto — los coches pasan"}) {
        INFO(line);
        CHECK(dashed_title(line));
    }
    for (const char* line : {"Home - News - Bridge opens", "Startseite - Politik - Die neue Brücke steht",
                             "Le pont est ouvert | Le Courrier du Lac", "Ponte aperto - Corriere", "Una riga senza trattini",
                             "Pont ouvert - Trafic - Les voitures passent dès lundi"}) {
        INFO(line);
        CHECK_FALSE(dashed_title(line));
    }
}

TEST_CASE("a line trailing off in an ellipsis is cut short", "[headline]") {
    for (const char* line : {"Medien über Corona: Zwischen Panikm...", "A small island with two dwarfs…",
                             "Le maire promet une réponse avant...", "Una isla con dos enanos…"}) {
        INFO(line);
        CHECK(trails_off(line));
    }
    for (const char* line : {"Harbour cranes return", "Aren’t we all …?", "Qui a vu le chat… noir ?"}) {
        INFO(line);
        CHECK_FALSE(trails_off(line));
    }
}

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

TEST_CASE("a title printed with long dashed pieces over its date is the headline", "[headline]") {
    const PageRow rows[] = {
        {"dashed title", "en", R"(SiteFound
Featured
Login
137
Tiny Board 4 - The card sized computer that costs only $35 - Bestselling computer in the country
Jo Wee Monday, February 29, 2024 @ 11:10 PM UTC
Electronics Technology Computer Tiny Board Tiny Board 4
The foundation behind the tiny board was started by a handful of volunteers when they released the first computer.
The card sized computer now has a faster processor and wireless network, and it still costs only $35 in the shops.
)", "Tiny Board 4 - The card sized computer that costs only $35 - Bestselling computer in the country"},
        {"dashed title (es)", "es", R"(Portada
Tecnología
Entrar
Placa Mini 4 - El ordenador del tamaño de una tarjeta - El más vendido del país
12 de marzo de 2024
Ordenadores Tecnología Placa Mini Placa Mini 4
La fundación que diseña la placa nació con un puñado de voluntarios que querían enseñar informática en las escuelas.
El nuevo ordenador del tamaño de una tarjeta tiene un procesador más rápido y cuesta lo mismo que el anterior.
)", "Placa Mini 4 - El ordenador del tamaño de una tarjeta - El más vendido del país"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a byline further in anchors the headline when the region starts at a prompt", "[headline]") {
    const PageRow rows[] = {
        {"login prompt", "en", R"(Top categories
Heart
Lungs
Sign in
Log in with your Daily Health account to create or edit your custom homepage and catch up on your notifications.
Sign in
Register for a free account
Sign up for a free Daily Health account to customize your medical and health news experience on every device.
Register
take the tour
How does the brain turn a hunch into a thought?
Published Thursday 27 July 2024
By Ana Lopes
Neuroscience tells us that most of the work done by our brains happens without our knowing about it at all.
A new study looks at the moment when a hunch becomes a thought, and at how the brain decides that it knows.
The researchers asked five people to watch dots on a screen and to say when they knew where the dots went.
)", "How does the brain turn a hunch into a thought?"},
        {"login prompt (fr)", "fr", R"(Rubriques
Santé
Sciences
Connexion
Connectez-vous avec votre compte Santé Plus pour créer votre page d'accueil et suivre vos notifications.
Connexion
Créer un compte gratuit
Inscrivez-vous gratuitement à Santé Plus pour recevoir les nouvelles de santé qui vous intéressent.
Créer un compte
Découvrir
Comment le cerveau change une intuition en pensée
Publié le 27 juillet 2024
Par Anne Lopez
Les neurosciences nous apprennent que le cerveau travaille le plus souvent sans que nous le sachions.
Une nouvelle étude cherche le moment où une intuition devient une pensée consciente, et comment le cerveau le sait.
Les chercheurs ont demandé à cinq personnes de regarder des points sur un écran et de dire où ils allaient.
)", "Comment le cerveau change une intuition en pensée"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}
