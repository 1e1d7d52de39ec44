//! The widget's markup, rendered natively with Yew's server-side renderer: no browser needed.
#![cfg(not(target_arch = "wasm32"))]

use stalking_help_widget::config::{Config, DEFAULT_EXIT_URL};
use stalking_help_widget::data::{area, Service, SERVICES};
use stalking_help_widget::parts::finder::arrange;
use stalking_help_widget::shell::{App, AppProps};
use stalking_help_widget::view::{ServiceCard, ServiceCardProps};
use yew::LocalServerRenderer;

async fn render(config: Config) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { config, ..AppProps::default() }).hydratable(false).render().await
}

/// Every `<a …>` opening tag, in document order.
fn link_tags(html: &str) -> Vec<&str> {
    html.match_indices("<a ").map(|(i, _)| &html[i..i + html[i..].find('>').unwrap() + 1]).collect()
}

fn has(tag: &str, attribute: &str, value: &str) -> bool {
    tag.contains(&format!(r#" {attribute}="{value}""#))
}

#[tokio::test]
async fn the_exit_link_comes_first_and_is_a_plain_link() {
    let html = render(Config::default()).await;
    let exit = link_tags(&html)[0];
    assert!(has(exit, "class", "exit") && has(exit, "href", DEFAULT_EXIT_URL), "{exit}");
    assert!(has(exit, "rel", "nofollow noreferrer"), "{exit}");
    assert!(html[html.find(exit).unwrap()..].starts_with(&format!("{exit}Exit this page</a>")));
}

async fn card(service: &'static Service) -> String {
    LocalServerRenderer::<ServiceCard>::with_props(ServiceCardProps { service, level: 4, now: None, local: false })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn the_finder_draws_the_first_ten_and_offers_the_rest() {
    let html = render(Config::default()).await;
    let all: Vec<&Service> = SERVICES.iter().collect();
    let order = arrange(&all, None);
    assert!(html.contains(&format!("{} services found", SERVICES.len())));
    assert!(html.contains(order[9].name) && !html.contains(&format!(">{}<", order[10].name)));
    assert!(html.contains(&format!("Show 10 more services ({} not shown yet)", SERVICES.len() - 10)));
}

#[tokio::test]
async fn the_place_starts_as_the_hosts_region_or_unsaid() {
    let html = render(Config::default()).await;
    assert!(html.contains(r#"<option value="" selected="selected">I'd rather not say</option>"#));
    let html = render(Config { region: Some(area::SCOTLAND), ..Config::default() }).await;
    assert!(html.contains(r#"<option value="scotland" selected="selected">"#), "the host's region is chosen");
    // Only Scotland's law; the finder lists no service for England and Wales only.
    assert!(html.contains("The law in Scotland") && !html.contains("The law in England and Wales"));
    assert!(!html.contains("For people in England and Wales") && !html.contains(">Victim Support<"));
    assert!(html.contains(">Action Against Stalking<"));
}

#[tokio::test]
async fn every_bundled_service_and_contact_is_shown() {
    let mut html = render(Config::default()).await;
    for service in SERVICES {
        html.push_str(&card(service).await);
    }
    for service in SERVICES {
        assert!(html.contains(service.name), "{} missing", service.name);
        for channel in service.channels {
            let escaped = channel.href.replace('&', "&amp;");
            assert!(html.contains(&format!(r#"href="{escaped}""#)), "{} missing", channel.href);
        }
    }
    assert!(html.contains("Open 24 hours"));
    assert!(html.contains("Check their website for current opening times"), "unconfirmed hours said plainly");
    assert!(html.contains("Details checked 23 November 2026"), "each card says when it was checked");
    assert!(
        !html.contains("https://www.victimsupport.org.uk/247-support-still-available-victims-crime/"),
        "the evidence pages are for the people who keep the data, not the face of the card"
    );
    assert!(html.contains("For people in Scotland"), "a card for one nation says so");
    assert!(html.contains("For people aged 18 and over"), "and an age limit a source gives");
}

#[tokio::test]
async fn the_exit_link_is_marked_for_the_loader_with_a_status_region_beside_it() {
    let html = render(Config::default()).await;
    let exit = link_tags(&html)[0];
    assert!(has(exit, "data-quick-exit", ""), "{exit}");
    let status = html.find(r#"data-quick-exit-status="""#).expect("a status region");
    assert!(html[..status].rfind("<p").is_some_and(|p| html[p..status].contains(r#"role="status""#)));
    assert!(html.contains("Or press either Shift key 3 times, when you are not typing in a box."));
}

#[tokio::test]
async fn leaving_safely_is_explained_honestly_and_links_the_host_page_when_set() {
    let html = render(Config::default()).await;
    assert!(html.contains("It does not delete your browsing history."));
    // Next to the exit (the part right after it), that calls can show on phone bills.
    let exit = html.find("data-quick-exit").expect("the exit");
    let leaving = html[exit..].find("Leaving quickly and staying private").map(|at| exit + at).expect("right after it");
    let bills = html.find("on phone bills").expect("calls can show on phone bills");
    assert!(bills > leaving && html[leaving..bills].matches("<details").count() <= 1, "in the same part");
    assert!(!html.contains("More about staying safe online"), "no host link unless configured");
    let config = Config { safety_url: Some("https://www.example.org/safe".into()), ..Config::default() };
    let html = render(config).await;
    assert!(link_tags(&html)
        .iter()
        .any(|t| has(t, "href", "https://www.example.org/safe") && has(t, "rel", "noopener noreferrer")));
}

#[tokio::test]
async fn the_emergency_numbers_come_before_everything_but_the_exit() {
    let html = render(Config::default()).await;
    let links = link_tags(&html);
    assert!(has(links[0], "class", "exit"));
    let first_call = links.iter().position(|t| t.contains("tel:")).unwrap();
    assert!(has(links[first_call], "href", "tel:999"), "999 is the first number: {}", links[first_call]);
    assert!(has(links[first_call + 1], "href", "tel:101"));
}

#[tokio::test]
async fn the_finder_lists_host_services_marked_as_local_and_leaves_out_hidden_ones() {
    use stalking_help_widget::config::host_service;
    use stalking_help_widget::data::record::ServiceRecord;
    use stalking_help_widget::data::validate::Ymd;
    let record: ServiceRecord = serde_json::from_str(
        r#"{ "id": "riverside-unit", "name": "Riverside Stalking Unit", "summary": "Our officers.",
             "needs": ["stalking"], "audiences": ["everyone"],
             "channels": [{ "kind": "phone", "number": "01234 567890", "hours": "not confirmed" }],
             "sources": ["https://www.example.org/unit"], "checked": "2026-11-01" }"#,
    )
    .unwrap();
    let local = host_service(&record, None, &Default::default(), Ymd { year: 2026, month: 11, day: 21 }).unwrap();
    let config = Config { local: vec![local], hidden: vec!["paladin"], ..Config::default() };
    let services = config.services();
    assert!(services.iter().any(|(s, local)| s.id == "riverside-unit" && *local));
    assert!(!services.iter().any(|(s, _)| s.id == "paladin"), "hidden by the host");
    let html = render(config).await;
    assert!(!html.contains(">Paladin<"));
    assert!(html.contains(&format!("{} services found", SERVICES.len())), "one hidden, one added");
    let local = LocalServerRenderer::<ServiceCard>::with_props(ServiceCardProps {
        service: local,
        level: 4,
        now: None,
        local: true,
    })
    .hydratable(false)
    .render()
    .await;
    assert!(local.contains("Riverside Stalking Unit") && local.contains("Local service"));
}

#[tokio::test]
async fn headings_nest_under_the_widget_title() {
    let html = render(Config::default()).await;
    let h2 = html.find("<h2").unwrap();
    let h3 = html.find("<h3").unwrap();
    let h4 = html.find("<h4").unwrap();
    assert!(h2 < h3 && h3 < h4);
    assert!(!html.contains("<h1"), "the host page owns the h1");
}

#[tokio::test]
async fn websites_open_safely_in_a_new_tab_and_calls_do_not() {
    let html = render(Config::default()).await;
    for tag in link_tags(&html) {
        let external = tag.contains(r#"href="https://"#) && !tag.contains(r#"class="exit""#);
        assert_eq!(has(tag, "target", "_blank"), external, "{tag}");
        assert_eq!(has(tag, "rel", "noopener noreferrer"), external, "{tag}");
    }
    assert!(link_tags(&html).iter().any(|t| has(t, "href", "https://www.suzylamplugh.org/")));
}

#[tokio::test]
async fn a_configured_exit_url_is_escaped_into_the_attribute() {
    let config = Config { exit_url: r#"https://example.org/?a="b"&c=<d>"#.into(), ..Config::default() };
    let html = render(config).await;
    assert!(!html.contains(r#"a="b""#), "quotes must be escaped: {html}");
    assert!(!html.contains("<d>"));
    // And the link is there, going to the address as given, escaped.
    assert!(html.contains(r#"href="https://example.org/?a=&quot;b&quot;&amp;c=&lt;d&gt;""#), "{html}");
}

#[tokio::test]
async fn before_any_service_a_visitor_is_told_what_a_call_a_text_or_a_visit_leaves_behind() {
    let html = render(Config::default()).await;
    let said = html.find("A call stays in your phone's call list").expect("the sentence is there");
    let first_card = html.find(r#"<li class="service""#).expect("a service card");
    assert!(said < first_card, "said before the first service");
    assert!(html.contains("If someone else might look, delete them afterwards."));
}

/// The built-in Welsh catalogue, checked, as the loader hands it to the widget.
fn welsh() -> &'static stalking_help_widget::shell::Words {
    use stalking_help_widget::shell::keys::{check, BUILT_IN};
    let (tag, _, file) = BUILT_IN.iter().find(|(t, _, _)| *t == "cy").expect("Welsh is built in");
    let parsed: serde_json::Map<String, serde_json::Value> = serde_json::from_str(file).unwrap();
    let pairs: Vec<(String, Option<String>)> =
        parsed.iter().map(|(k, v)| (k.clone(), v.as_str().map(str::to_string))).collect();
    let (texts, problems) = check(&pairs);
    assert!(problems.is_empty(), "{problems:?}");
    Box::leak(Box::new(stalking_help_widget::shell::ENGLISH.with_texts(tag, "ltr", texts).unwrap()))
}

async fn fallback(catalogue: Option<stalking_help_widget::words::Shared>) -> String {
    use stalking_help_widget::shell::{Fallback, FallbackProps};
    LocalServerRenderer::<Fallback>::with_props(FallbackProps { catalogue }).hydratable(false).render().await
}

#[tokio::test]
async fn the_welsh_static_version_lists_wales_own_line_and_links_welsh_pages() {
    use stalking_help_widget::words::Shared;
    let english = fallback(None).await;
    let cymraeg = fallback(Some(Shared(welsh()))).await;
    assert!(!english.contains("0808 80 10 800"), "the English static version stays UK-wide");
    assert!(cymraeg.contains("Llinell Gymorth Byw Heb Ofn"), "Wales's own line, by its Welsh name");
    let tags = link_tags(&cymraeg);
    assert!(tags.iter().any(|t| has(t, "href", "tel:+448088010800")), "its number");
    assert!(tags.iter().any(|t| has(t, "href", "https://llyw.cymru/node/5389")), "its Welsh page");
    assert!(!cymraeg.contains("https://www.gov.wales/live-fear-free"), "not its English page");
    let helpline = cymraeg.find("National Stalking Helpline").unwrap();
    let wales = cymraeg.find("Llinell Gymorth Byw Heb Ofn").unwrap();
    assert!(helpline < wales && wales < cymraeg.find("Crimestoppers").unwrap(), "after the national helpline");
}
