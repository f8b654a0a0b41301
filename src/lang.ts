/** The two languages of the interface (and of messages about a bank). */
export type Lang = 'zh' | 'en';
