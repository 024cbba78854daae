// French-language press heads, ends and captions (probe65): the kinds of line a French, Swiss, Belgian or Quebec page
// prints around its text, each also in the other languages where the kind exists. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The body's paragraphs, every section's in order.
std::vector<std::string> body_of(const Article& a) {
    std::vector<std::string> out;
    for (const Section& s : a.sections)
        out.insert(out.end(), s.paragraphs.begin(), s.paragraphs.end());
    return out;
}

bool in_body(const Article& a, const std::string& line) {
    const std::vector<std::string> body = body_of(a);
    return std::find(body.begin(), body.end(), line) != body.end();
}

bool heading_of(const Article& a, const std::string& heading) {
    return std::any_of(a.sections.begin(), a.sections.end(),
                       [&](const Section& s) { return s.heading && *s.heading == heading; });
}

} // namespace

TEST_CASE("a paper's name with an agency joined after it names the agency as the source", "[probe65][byline]") {
    struct Row {
        const char* byline;
        const char* agency;
    };
    const std::vector<Row> rows = {
        {"Par Le Courrier du Lac avec AFP", "afp"},
        {"By The Harbour Weekly and Reuters", "reuters"},
        {"Von Der Seebote mit dpa", "dpa"},
    };
    for (const Row& r : rows) {
        INFO(r.byline);
        const std::string page = std::string("Un incendie détruit un hangar agricole près du lac pendant la nuit\n\n") +
                                 r.byline +
                                 "\n\nLe feu s'est déclaré vers deux heures du matin dans un hangar de stockage, sans "
                                 "faire de blessé, selon les pompiers.\n\nLes causes du sinistre restent inconnues et "
                                 "une enquête a été ouverte par la gendarmerie du canton.\n";
        const Article a = parse(page);
        CHECK(a.authors.empty());
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
    // the paper's name alone: no source
    const Article plain = parse("Un incendie détruit un hangar agricole près du lac pendant la nuit\n\nPar Le Courrier "
                                "du Lac\n\nLe feu s'est déclaré vers deux heures du matin dans un hangar de stockage, "
                                "sans faire de blessé, selon les pompiers.\n");
    CHECK_FALSE(plain.source_tag.has_value());
}

TEST_CASE("authors joined after a job title go on", "[probe65][byline]") {
    struct Row {
        const char* byline;
        std::vector<std::string> authors;
    };
    const std::vector<Row> rows = {
        {"Par Nadia Ferrand, économiste, et Luc Berthier, sociologue", {"Nadia Ferrand", "Luc Berthier"}},
        {"Von Anna Kessler, Ökonomin, und Jan Roth, Soziologe", {"Anna Kessler", "Jan Roth"}},
        {"By Jane Roe, economist, and Sam Vale, sociologist", {"Jane Roe", "Sam Vale"}},
        // the second name without a job of its own: the job after the first ends the names
        {"Par Nadia Ferrand, économiste, et Luc Berthier", {"Nadia Ferrand"}},
    };
    for (const Row& r : rows) {
        INFO(r.byline);
        const std::string page =
            std::string("Le chômage des jeunes recule mais la précarité demeure dans les villes\n\n") + r.byline +
            "\n\nLes chiffres publiés ce mois-ci montrent une baisse du chômage des moins de vingt-"
            "cinq ans dans la plupart des régions.\n\nMais les contrats courts restent la règle "
            "pour une large part des jeunes salariés, qui peinent à se loger.\n";
        CHECK(parse(page).authors == r.authors);
    }
    // a job title after the only name: one author
    const Article one = parse("Le chômage des jeunes recule mais la précarité demeure dans les villes\n\nPar Nadia "
                              "Ferrand, économiste\n\nLes chiffres publiés ce mois-ci montrent une baisse du chômage "
                              "des moins de vingt-cinq ans dans la plupart des régions.\n");
    CHECK(one.authors == std::vector<std::string>{"Nadia Ferrand"});
}

TEST_CASE("a lone agency tag under the text closes it, a box sentence under it is no paragraph", "[probe65][region]") {
    struct Row {
        const char* head;
        const char* body; // two paragraphs, the last one closing the text
        const char* tag;
        const char* box; // a newsletter's box under the tag
        std::vector<std::string> agencies;
    };
    const std::vector<Row> rows = {
        {"Les cheminots votent la grève pour la fin du mois dans tout le canton",
         "Le syndicat du rail a annoncé mardi une grève de deux jours, la première depuis des décennies dans le "
         "canton.\n\nPour le sociologue Marc Perrin, le climat social a changé. «Les jeunes n'ont plus peur», "
         "estime-t-il.",
         "(ats/afp)",
         "Newsletter\n«Le Dimanche du Lac»\nRecevez chaque dimanche les meilleurs articles de la semaine.\n"
         "Se connecter",
         {"ats", "afp"}},
        {"Bahnpersonal stimmt für einen Streik am Monatsende im ganzen Kanton",
         "Die Gewerkschaft des Bahnpersonals kündigte am Dienstag einen zweitägigen Streik an, den ersten seit "
         "Jahrzehnten.\n\nFür den Soziologen Marc Perrin hat sich das Klima verändert. «Die Jungen haben keine Angst "
         "mehr», sagt er.",
         "(sda)",
         "Newsletter\nDer Sonntag am See\nErhalten Sie jeden Sonntag die besten Artikel der Woche.\nAnmelden",
         {"sda"}},
    };
    for (const Row& r : rows) {
        INFO(r.tag);
        const std::string page =
            std::string(r.head) + "\n\n" + r.body + "\n\n" + r.tag + "\n\n" + r.box + "\n\nImpressum\n";
        const Article a = parse(page);
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->agencies == r.agencies);
        const std::vector<std::string> body = body_of(a);
        REQUIRE_FALSE(body.empty());
        CHECK(body.back().ends_with("-il.") == (r.tag[1] == 'a'));
        CHECK(std::none_of(body.begin(), body.end(), [](const std::string& p) {
            return p.find("Sonntag") != std::string::npos || p.find("dimanche") != std::string::npos;
        }));
    }
}

TEST_CASE("a daily's box of links between two paragraphs leaves the body", "[probe65][related]") {
    for (const char* label : {"À découvrir", "À voir aussi", "À écouter"}) {
        INFO(label);
        const std::string page =
            std::string("Un entrepôt détruit par les flammes dans la banlieue de Grenoble\n\n") +
            "Un violent incendie a détruit dans la nuit un entrepôt de meubles de la zone industrielle, sans faire de "
            "victime.\n\n« Le feu a été très difficile à attaquer », a expliqué le commandant des pompiers.\n" +
            label +
            "\nInondations : la vallée de l'Isère se prépare à la crue\nGrenoble : un collège évacué après une alerte\n"
            "Aucun risque pour la population\nLa préfecture a indiqué que les mesures de l'air ne montraient aucune "
            "pollution dangereuse.\n";
        const Article a = parse(page);
        CHECK_FALSE(in_body(a, label));
        CHECK_FALSE(in_body(a, "Grenoble : un collège évacué après une alerte"));
        CHECK(heading_of(a, "Aucun risque pour la population"));
    }
}

TEST_CASE("a slideshow's button between two paragraphs is no paragraph", "[probe65][boilerplate]") {
    struct Row {
        const char* lang;
        const char* button;
        const char* first;
        const char* second;
    };
    const std::vector<Row> rows = {
        {"fr", "Voir le diaporama",
         "Le marché de Noël de la place centrale a ouvert ses portes samedi, avec plus de quatre-vingts exposants.",
         "Les organisateurs attendent plus de cent mille visiteurs jusqu'au trente et un décembre, comme l'an passé."},
        {"en", "View slideshow",
         "The Christmas market on the central square opened on Saturday with more than eighty stalls this year.",
         "The organisers expect more than a hundred thousand visitors until the end of the month, as last year."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(std::string("Le marché de Noël ouvre ses portes sur la place centrale\n\n") + r.first +
                                "\n\n" + r.button + "\n\n" + r.second + "\n\nVos commentaires\n");
        CHECK(in_body(a, r.first));
        CHECK(in_body(a, r.second));
        CHECK_FALSE(in_body(a, r.button));
        CHECK_FALSE(in_body(a, "Vos commentaires"));
    }
}

TEST_CASE("a broadcaster's credits under its web story name the author", "[probe65][byline]") {
    for (const char* label : {"Sujet TV", "Sujet radio", "Adaptation web"}) {
        INFO(label);
        const std::string page =
            std::string("Le canton veut bannir les voitures thermiques du centre-ville dès 2032\n\n") +
            "Le gouvernement cantonal a présenté jeudi un plan pour bannir peu à peu les voitures à essence du "
            "centre.\n\nLes commerçants craignent une baisse de la fréquentation, les Verts saluent un plan "
            "courageux.\n\n" +
            label + ": Nadia Perret\n";
        const Article a = parse(page);
        CHECK(a.authors == std::vector<std::string>{"Nadia Perret"});
        CHECK_FALSE(in_body(a, std::string(label) + ": Nadia Perret"));
    }
}

TEST_CASE("the credits closing the text sign it whole: the last section keeps its heading", "[probe65][sections]") {
    struct Row {
        const char* lang;
        const char* text; // a section, a heading, its one paragraph
        const char* credits;
        const char* heading;
    };
    const std::vector<Row> rows = {
        {"fr",
         "Le gouvernement cantonal a présenté jeudi un plan pour bannir peu à peu les voitures à essence du "
         "centre.\n\nLes commerçants craignent une baisse de la fréquentation, les Verts saluent un plan "
         "courageux.\n\nUn débat au parlement en février\n\nLe projet de loi sera examiné en commission dès janvier. "
         "Le parlement pourrait se prononcer en février, le peuple aurait le dernier mot.",
         "Sujet TV: Nadia Perret\nAdaptation web: jfe", "Un débat au parlement en février"},
        {"de",
         "Die Kantonsregierung hat am Donnerstag einen Plan vorgestellt, um Benzinautos schrittweise aus der "
         "Innenstadt zu verbannen.\n\nDie Geschäfte fürchten weniger Kundschaft, die Grünen loben einen mutigen "
         "Plan.\n\nDebatte im Parlament im Februar\n\nDas Gesetz wird ab Januar in der Kommission beraten. Das "
         "Parlament könnte im Februar entscheiden, das Volk hätte das letzte Wort.",
         "Text: Nadia Perret", "Debatte im Parlament im Februar"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(std::string("Le canton veut bannir les voitures thermiques du centre-ville\n\n") +
                                r.text + "\n\n" + r.credits + "\n");
        CHECK(a.authors == std::vector<std::string>{"Nadia Perret"});
        CHECK(heading_of(a, r.heading));
    }
}

TEST_CASE("a kicker of its own over a title that opens with a town of the menu", "[probe65][kicker]") {
    struct Row {
        const char* lang;
        const char* menu;
        const char* kicker;
        const char* headline;
        const char* body;
    };
    const std::vector<Row> rows = {
        {"fr", "La Gazette du Sud\nToulouse\nTarn\nAveyron\nJustice\nSports\nMon compte", "Procès",
         "Toulouse : six ans de prison pour le gérant qui avait escroqué ses clients",
         "Le tribunal correctionnel a condamné jeudi soir un ancien conseiller en placements à six ans de prison pour "
         "escroquerie.\nIl avait détourné plus de deux millions d'euros confiés par une quarantaine de retraités."},
        {"de", "Der Stadtbote\nBerlin\nBrandenburg\nPolitik\nSport\nMein Konto", "Prozess",
         "Berlin: Sechs Jahre Haft für den Berater, der seine Kunden betrogen hat",
         "Das Landgericht hat am Donnerstagabend einen früheren Anlageberater zu sechs Jahren Haft verurteilt.\n"
         "Er hatte mehr als zwei Millionen Euro von rund vierzig Rentnern veruntreut."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(std::string(r.menu) + "\n" + r.kicker + "\n" + r.headline + "\n" + r.body + "\n");
        CHECK(a.kicker == std::optional<std::string>(r.kicker));
        CHECK(a.headline == std::optional<std::string>(r.headline));
    }
}

TEST_CASE("a league's name that the menu prints is the kicker under a breadcrumb glued to its marks",
          "[probe65][kicker]") {
    struct Row {
        const char* lang;
        const char* menu;
        const char* crumb;
        const char* kicker;
        const char* headline;
        const char* body;
    };
    const std::vector<Row> rows = {
        {"fr", "Le Matin du Lac\nSport\nFootball\nHockey\nSuper Ligue\nSe connecter", "Accueil›Sport›Football",
         "Super Ligue", "Le FC Riviera renverse Monthey et reprend la tête du championnat",
         "Menés à la pause, les Riverains se sont imposés 3-1 samedi devant leur public.\nLe buteur du soir a "
         "inscrit un doublé en dix minutes, au grand bonheur des supporters."},
        {"en", "The Harbour Times\nSport\nFootball\nCricket\nPremier League\nSign in", "Home›Sport›Football",
         "Premier League", "Harbour Town come from behind to beat Eastport and go top of the table",
         "Trailing at half-time, the home side won 3-1 on Saturday in front of their own fans.\nTheir striker "
         "scored twice in ten minutes, to the delight of the supporters."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a =
            parse(std::string(r.menu) + "\n" + r.crumb + "\n" + r.kicker + "\n" + r.headline + "\n" + r.body + "\n");
        CHECK(a.kicker == std::optional<std::string>(r.kicker));
        CHECK(a.headline == std::optional<std::string>(r.headline));
    }
}

TEST_CASE("a caption and its copyright credit after a dash on one line", "[probe65][media]") {
    struct Row {
        const char* line;
        const char* caption;
        const char* credit;
    };
    const std::vector<Row> rows = {
        {"Nadia Perret dans son atelier à Carouge, le 2 décembre 2026. — © Jeanne Morel / Le Courrier",
         "Nadia Perret dans son atelier à Carouge, le 2 décembre 2026.", "© Jeanne Morel / Le Courrier"},
        {"Nadia Perret in her workshop in Carouge on 2 December 2026. – © Jane Roe / Harbour News",
         "Nadia Perret in her workshop in Carouge on 2 December 2026.", "© Jane Roe / Harbour News"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const std::string page = std::string("«Je dessine d'abord pour moi»: rencontre avec une illustratrice\n\n") +
                                 r.line +
                                 "\n\nL'illustratrice genevoise publie cet hiver son dixième album, après deux ans de "
                                 "travail dans son atelier.\n\nElle y raconte l'enfance de sa grand-mère dans les "
                                 "montagnes, entre les guerres et les hivers.\n";
        const Article a = parse(page);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
    }
}

TEST_CASE("a related title that asks a question over another title is no sentence of the text", "[probe65][related]") {
    struct Row {
        const char* lang;
        const char* head;
        const char* before;
        const char* box;
        const char* after;
    };
    const std::vector<Row> rows = {
        {"fr", "Tempête : la vigilance orange levée samedi sur trois départements de l'Ouest",
         "Dans la Manche, la préfecture a annoncé la fermeture des parcs et jardins publics à partir de quinze heures.",
         "À lire aussi\nMétéo : à quoi faut-il s'attendre pour les fêtes de fin d'année ?\nTempête : les images des "
         "premières rafales sur la côte",
         "Les vents devraient faiblir samedi en milieu de journée, selon les prévisionnistes, qui prévoient une levée "
         "de la vigilance."},
        {"en", "Storm warning lifted on Saturday for three counties of the west coast",
         "In the north, the council closed all parks and public gardens from three o'clock in the afternoon on Friday.",
         "Related stories\nWill the ferries run over Christmas this year?\nStorm: the first pictures of the gusts on "
         "the coast",
         "The winds should ease by midday on Saturday, according to the forecasters, who expect the warning to be "
         "lifted."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(std::string(r.head) + "\n" + r.before + "\n" + r.box + "\n" + r.after + "\n");
        CHECK(in_body(a, r.before));
        CHECK(in_body(a, r.after));
        const std::string question = r.lang == std::string("fr")
                                         ? "Météo : à quoi faut-il s'attendre pour les fêtes de fin d'année ?"
                                         : "Will the ferries run over Christmas this year?";
        CHECK_FALSE(in_body(a, question));
    }
}
