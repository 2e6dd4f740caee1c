/**
 * Display names of well-known general news outlets whose name is not their second-level
 * domain title-cased. General knowledge, not knowledge of any one negotiation.
 */
export const knownHostNames: readonly { host: string; name: string; example: string }[] = [
  { host: 'nytimes.com', name: 'The New York Times', example: 'https://www.nytimes.com/2025/02/20/world/europe/x.html' },
  { host: 'washingtonpost.com', name: 'The Washington Post', example: 'https://www.washingtonpost.com/world/x' },
  { host: 'wsj.com', name: 'The Wall Street Journal', example: 'https://www.wsj.com/world/x' },
  { host: 'bbc.com', name: 'BBC', example: 'https://www.bbc.com/news/articles/x' },
  { host: 'bbc.co.uk', name: 'BBC', example: 'https://www.bbc.co.uk/news/world-europe-1' },
  { host: 'cnn.com', name: 'CNN', example: 'https://edition.cnn.com/2025/02/22/europe/x' },
  { host: 'apnews.com', name: 'AP', example: 'https://apnews.com/article/x' },
  { host: 'foxnews.com', name: 'Fox News', example: 'https://www.foxnews.com/politics/x' },
  { host: 'nbcnews.com', name: 'NBC News', example: 'https://www.nbcnews.com/politics/x' },
  { host: 'cbsnews.com', name: 'CBS News', example: 'https://www.cbsnews.com/news/x' },
  { host: 'abcnews.go.com', name: 'ABC News', example: 'https://abcnews.go.com/Politics/x' },
  { host: 'npr.org', name: 'NPR', example: 'https://www.npr.org/2025/02/20/x' },
  { host: 'theguardian.com', name: 'The Guardian', example: 'https://www.theguardian.com/world/x' },
  { host: 'thehill.com', name: 'The Hill', example: 'https://thehill.com/policy/x' },
  { host: 'ft.com', name: 'Financial Times', example: 'https://www.ft.com/content/x' },
  { host: 'usatoday.com', name: 'USA Today', example: 'https://www.usatoday.com/story/x' },
  { host: 'aljazeera.com', name: 'Al Jazeera', example: 'https://www.aljazeera.com/news/x' },
  { host: 'latimes.com', name: 'Los Angeles Times', example: 'https://www.latimes.com/world/x' },
  { host: 'economist.com', name: 'The Economist', example: 'https://www.economist.com/europe/x' },
  { host: 'kyivindependent.com', name: 'The Kyiv Independent', example: 'https://kyivindependent.com/x' },
  { host: 'dw.com', name: 'DW', example: 'https://www.dw.com/en/x' },
  { host: 'rferl.org', name: 'RFE/RL', example: 'https://www.rferl.org/a/x' },
];

/** Two-label public suffixes under which the site's own label is third from the right. */
export const twoLabelSuffixes: readonly string[] = ['co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'co.nz', 'co.za', 'co.jp', 'com.br', 'co.in', 'com.ua', 'org.ua', 'com.tr'];

/** Mail providers: an address there says nothing about the writer's employer. */
export const webmailDomains: readonly string[] = ['gmail.com', 'googlemail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'live.com', 'icloud.com', 'me.com', 'aol.com', 'protonmail.com', 'proton.me', 'gmx.com', 'gmx.de', 'mail.ru', 'yandex.ru', 'ukr.net'];
