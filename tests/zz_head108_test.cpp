// head108: the article's opening on a video page, under a tabloid's quoted standfirst, under a topic line opened by an
// article ("Le dossier : ...") and under a paper's masthead of several words printed again in the footer. Every line
// is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

bool in_text(const Article& a, const std::string& line) {
    if (a.lede == std::optional<std::string>(line))
        return true;
    return std::any_of(a.sections.begin(), a.sections.end(), [&](const Section& s) {
        return std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end();
    });
}

struct MastheadPage {
    std::string masthead;
    std::vector<std::string> lines; // (the headline first, then the standfirst, the byline and the text)
    std::string footer;
};

} // namespace

TEST_CASE("a paper's masthead of several words over the title, named again by the copyright line, is no headline",
          "[head108]") {
    const std::vector<MastheadPage> pages = {
        {"La Voix du Val Vert",
         {"Le marché de Noël de Saint-Aubin ouvre ses portes vendredi",
          "Une quarantaine d'exposants sont attendus sur la place de l'église jusqu'au 24 décembre.",
          "Par Claire Martin",
          "Les chalets ont été montés mardi par les services techniques de la commune.",
          "Cette année, le comité des fêtes a ajouté une patinoire synthétique et une crèche vivante le dimanche.",
          "Le maire espère attirer plus de visiteurs que l'an dernier, quand le marché avait accueilli douze mille "
          "personnes."},
         "© La Voix du Val Vert 2026"},
        {"Die Stimme vom Seetal",
         {"Weihnachtsmarkt in Seedorf öffnet am Freitag seine Buden",
          "Rund vierzig Aussteller werden bis zum 23. Dezember auf dem Kirchplatz erwartet.",
          "Von Anna Berger",
          "Die Buden wurden am Dienstag vom Bauhof der Gemeinde aufgebaut.",
          "In diesem Jahr gibt es erstmals eine Eisbahn und am Sonntag eine lebende Krippe.",
          "Der Bürgermeister hofft auf mehr Besucher als im vergangenen Jahr, als zwölftausend Menschen kamen."},
         "© Die Stimme vom Seetal 2026"},
        {"La Voce di Valdora",
         {"Apre venerdì il mercatino di Natale di San Vito",
          "Una quarantina di espositori sono attesi in piazza della chiesa fino al Natale.",
          "Di Marco Rossi",
          "Le casette sono state montate martedì dagli operai del comune.",
          "Quest'anno la pro loco ha aggiunto una pista di pattinaggio e un presepe vivente la domenica.",
          "Il sindaco spera di attirare più visitatori dell'anno scorso, quando il mercatino aveva accolto "
          "dodicimila persone."},
         "© La Voce di Valdora 2026"},
        {"La Voz del Valle",
         {"El mercadillo navideño de San Roque abre sus puertas el viernes",
          "Una cuarentena de expositores se instalarán en la plaza de la iglesia hasta Nochebuena.",
          "Por Lucía Gómez",
          "Las casetas fueron montadas el martes por los operarios del ayuntamiento.",
          "Este año la comisión de fiestas ha añadido una pista de patinaje y un belén viviente los domingos.",
          "El alcalde espera atraer a más visitantes que el año pasado, cuando el mercadillo recibió a doce mil "
          "personas."},
         "© La Voz del Valle 2026"},
    };
    for (const auto& page : pages) {
        std::vector<std::string> lines = {page.masthead};
        lines.insert(lines.end(), page.lines.begin(), page.lines.end());
        lines.push_back(page.footer);
        const Article a = parse(test::page_of(lines), "page.txt");
        INFO(page.masthead);
        CHECK(a.headline == std::optional<std::string>(page.lines[0]));
        CHECK(a.kicker == std::nullopt);
        CHECK(test::in_boilerplate(a, page.masthead));
    }
}

TEST_CASE("a paper's masthead over its clock and the title is no headline", "[head108]") {
    const std::string headline = "El mercadillo navideño de San Roque abre sus puertas el viernes";
    const Article a = parse(test::page_of({"La Voz del Valle", "Sábado, 6 de diciembre de 2026", headline,
                                           "Una cuarentena de expositores se instalarán en la plaza de la iglesia "
                                           "hasta Nochebuena.",
                                           "Por Lucía Gómez",
                                           "Las casetas fueron montadas el martes por los operarios del "
                                           "ayuntamiento.",
                                           "Este año la comisión de fiestas ha añadido una pista de patinaje y un "
                                           "belén viviente los domingos.",
                                           "© La Voz del Valle 2026"}),
                            "page.txt");
    CHECK(a.headline == std::optional<std::string>(headline));
    CHECK(test::in_boilerplate(a, "La Voz del Valle"));
}

TEST_CASE("near miss: a first line the copyright line does not name stays the headline", "[head108]") {
    // (The footer names another site: the title of several words with small words in it is still the title.)
    const std::vector<std::string> titles = {
        "La Fête du Val Vert Revient",
        "Die Nacht der Lichter am See",
    };
    for (const auto& title : titles) {
        const Article a = parse(test::page_of({title,
                                               "The festival returns to the lake shore on Saturday after a year's "
                                               "break, with lanterns, music and a night market.",
                                               "By Jane Roe",
                                               "Organisers expect about four thousand visitors over the evening.",
                                               "The shore road will be closed to cars from six o'clock.",
                                               "© Harbour Post 2026"}),
                                "page.txt");
        INFO(title);
        CHECK(a.headline == std::optional<std::string>(title));
    }
}

namespace {

struct TopicPage {
    std::string topic;
    std::string headline;
    std::string standfirst;
    std::string byline;
};

std::string topic_page(const TopicPage& t, bool with_topic) {
    std::vector<std::string> lines = {"Harbour Post", "Home", "News", "Politics"};
    if (with_topic)
        lines.push_back(t.topic);
    for (const auto& l : {t.headline, t.standfirst, t.byline})
        lines.push_back(l);
    lines.push_back("The figures come from the register the council published on Monday, and they cover the whole "
                    "district.");
    lines.push_back("The rise was steepest for small flats near the railway station, the report says.");
    lines.push_back("© Harbour Post 2026");
    return test::page_of(lines);
}

} // namespace

TEST_CASE("a topic line opened by a label and a colon over the title is its kicker", "[head108]") {
    const std::vector<TopicPage> pages = {
        {"Le dossier : la réforme des retraites",
         "Les syndicats appellent à une nouvelle journée de grève le 12 décembre",
         "L'intersyndicale a annoncé mardi une nouvelle journée de mobilisation contre le projet de loi, la "
         "troisième depuis la rentrée.",
         "Par Claire Martin"},
        {"Le dossier: la réforme des retraites", "Les syndicats appellent à une nouvelle journée de grève",
         "L'intersyndicale a annoncé mardi une nouvelle journée de mobilisation contre le projet de loi.",
         "Par Claire Martin"},
        {"Das Thema: Wohnen in der Stadt", "Mieten im Seetal steigen schneller als im Landesschnitt",
         "Eine neue Auswertung zeigt, dass die Kaltmieten in den Gemeinden am See in fünf Jahren um ein Viertel "
         "gestiegen sind.",
         "Von Anna Berger"},
        {"The issue: housing", "Rents in the valley rise twice as fast as wages, survey finds",
         "A new survey shows that rents across the valley's towns rose by a quarter in five years.", "By Jane Roe"},
        {"Il tema: la casa in città", "Gli affitti a Valdora crescono il doppio degli stipendi",
         "Una nuova indagine mostra che gli affitti in città sono aumentati di un quarto in cinque anni.",
         "Di Marco Rossi"},
    };
    for (const auto& t : pages) {
        const Article a = parse(topic_page(t, true), "page.txt");
        INFO(t.topic);
        CHECK(a.headline == std::optional<std::string>(t.headline));
        CHECK(a.kicker == std::optional<std::string>(t.topic));
        CHECK(a.lede == std::optional<std::string>(t.standfirst));
    }
}

TEST_CASE("near miss: a headline with a colon that is no topic line stays the headline", "[head108]") {
    const std::vector<TopicPage> pages = {
        {"", "Le dossier des retraites : les syndicats appellent à la grève",
         "L'intersyndicale a annoncé mardi une nouvelle journée de mobilisation contre le projet de loi.",
         "Par Claire Martin"},
        {"", "The issue: why councils cannot build fast enough to keep up with demand",
         "A new survey shows that rents across the valley's towns rose by a quarter in five years.", "By Jane Roe"},
        {"", "Das Thema Wohnen: Mieten im Seetal steigen schneller als im Landesschnitt",
         "Eine neue Auswertung zeigt, dass die Kaltmieten in den Gemeinden am See in fünf Jahren gestiegen sind.",
         "Von Anna Berger"},
    };
    for (const auto& t : pages) {
        const Article a = parse(topic_page(t, false), "page.txt");
        INFO(t.headline);
        CHECK(a.headline == std::optional<std::string>(t.headline));
        CHECK(a.lede == std::optional<std::string>(t.standfirst));
    }
}

TEST_CASE("a tabloid's standfirst in quote marks under the headline is the lede, its quote found", "[head108]") {
    struct Row {
        std::string headline, standfirst, quote, byline, first;
    };
    const std::vector<Row> rows = {
        {"‘I thought I was going to die’: mum tells of terror as flood water filled her car",
         "“It was the worst night of my life,” says the mother of two who was trapped for three hours on a flooded "
         "lane near Milford.",
         "It was the worst night of my life", "By Jane Roe",
         "Sarah Collins, 34, was driving home from work when the water rose around her car on Station Lane on "
         "Friday night."},
        {"„Ich dachte, ich sterbe“: Mutter erzählt von der Nacht im Hochwasser",
         "„Es war die schlimmste Nacht meines Lebens“, sagt die zweifache Mutter, die drei Stunden lang in ihrem "
         "Auto auf einer überfluteten Landstraße festsaß.",
         "Es war die schlimmste Nacht meines Lebens", "Von Anna Berger",
         "Sabine Keller, 34, war am Freitagabend auf dem Heimweg von der Arbeit, als das Wasser auf der "
         "Bahnhofstraße um ihr Auto stieg."},
    };
    for (const auto& r : rows) {
        const Article a = parse(test::page_of({"The Daily Bugle", r.headline, r.standfirst, r.byline,
                                               "6 December 2026", r.first,
                                               "She called the emergency services as the water reached the windows, "
                                               "and firefighters arrived shortly after eleven.",
                                               "A spokesman for the fire service said crews had rescued six drivers "
                                               "that night.",
                                               "© The Daily Bugle 2026"}),
                                "page.txt");
        INFO(r.headline);
        CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK(a.lede == std::optional<std::string>(r.standfirst));
        CHECK(in_text(a, r.first));
        const bool found = std::any_of(a.quotes.begin(), a.quotes.end(), [&](const Quote& q) {
            return q.where == Where::lede && q.text.find(r.quote) != std::string::npos;
        });
        CHECK(found);
    }
}

TEST_CASE("a video page's description under the player's lines is the article's text", "[head108]") {
    struct Row {
        std::string headline;
        std::vector<std::string> player;
        std::string description;
    };
    const std::vector<Row> rows = {
        {"Un glacier perd trois mètres en un été dans le massif des Aiguilles", {"Vidéo", "Lecture", "02:35"},
         "Les relevés des glaciologues montrent un recul inédit du glacier de la Pierre Blanche cet été. Nos "
         "journalistes sont montés avec l'équipe de mesure jusqu'au front de glace."},
        {"Hochwasser am Seeufer: Feuerwehr pumpt Keller leer", {"Video", "Abspielen", "01:48"},
         "Nach dem Dauerregen der vergangenen Tage ist der Pegel des Sees über die Uferstraße gestiegen. Die "
         "Feuerwehr hat in der Altstadt mehr als zwanzig Keller leergepumpt."},
        {"Rescue crews lift stranded lorry from flooded ford", {"Video", "Play", "02:35"},
         "Firefighters used a crane to lift a delivery lorry out of the River Dell ford on Sunday after its driver "
         "ignored the closure signs. Nobody was hurt."},
    };
    for (const auto& r : rows) {
        std::vector<std::string> lines = {"Valley Evening Post", "Home", "News", "Video", "Sign in", r.headline};
        lines.insert(lines.end(), r.player.begin(), r.player.end());
        for (const auto& l : {r.description, std::string("6 December 2026"), std::string("Share"),
                              std::string("More videos"), std::string("Council approves new cycle lane on Mill Road"),
                              std::string("© Valley Evening Post 2026")})
            lines.push_back(l);
        const Article a = parse(test::page_of(lines), "page.txt");
        INFO(r.headline);
        CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK(in_text(a, r.description));
        for (const auto& l : r.player)
            CHECK(test::in_boilerplate(a, l));
    }
}

TEST_CASE("a video's title opened by a lead-in and a colon over the player is the headline", "[head108]") {
    // ("Watch: <title>" reads as a related link's label: over the player's lines, with no other title, it is the
    // page's.)
    const std::vector<std::vector<std::string>> players = {{"Video", "Play", "02:35"}, {"Play video", "02:35"},
                                                           {"02:35"}};
    const std::string headline = "Watch: rescue crews lift stranded lorry from flooded ford";
    const std::string description = "Firefighters used a crane to lift a delivery lorry out of the River Dell ford on "
                                    "Sunday after its driver ignored the closure signs. Nobody was hurt.";
    for (const auto& player : players) {
        std::vector<std::string> lines = {"Valley Evening Post", "Home", "News", "Sport", "Sign in", headline};
        lines.insert(lines.end(), player.begin(), player.end());
        for (const auto& l : {description, std::string("6 December 2026"), std::string("Share"),
                              std::string("© Valley Evening Post 2026")})
            lines.push_back(l);
        const Article a = parse(test::page_of(lines), "page.txt");
        INFO(player.front());
        CHECK(a.headline == std::optional<std::string>(headline));
        CHECK(in_text(a, description));
    }
}

TEST_CASE("near miss: a lead-in's link to another video under the text is no headline", "[head108]") {
    const std::string link = "Watch: rescue crews lift stranded lorry from flooded ford";
    const Article a = parse(test::page_of({"Valley Evening Post", "Home", "News",
                                           "Council approves new cycle lane on Mill Road",
                                           "The council voted on Tuesday to build a protected cycle lane along the "
                                           "whole of Mill Road by next summer.",
                                           "By Jane Roe",
                                           "The lane will run from the station to the hospital and replace forty "
                                           "parking spaces.",
                                           "Shopkeepers said they feared losing passing trade, but the council "
                                           "pointed to a survey of customers.",
                                           "Work is due to start in March.", link, "Video", "02:35",
                                           "© Valley Evening Post 2026"}),
                            "page.txt");
    CHECK(a.headline == std::optional<std::string>("Council approves new cycle lane on Mill Road"));
    CHECK(test::in_boilerplate(a, link));
}
