/** The pointer and typing, which Playwright's and Puppeteer's pages spell alike; both drivers' pages extend this. */
interface InputPage {
  mouse: { move(x: number, y: number): Promise<unknown>; click(x: number, y: number): Promise<unknown> };
  keyboard: { type(text: string, options: { delay: number }): Promise<unknown> };
}

export abstract class UserInput {
  constructor(private readonly input: InputPage) {}

  async mouseMove(x: number, y: number): Promise<void> {
    await this.input.mouse.move(x, y);
  }
  async mouseClick(x: number, y: number): Promise<void> {
    await this.input.mouse.click(x, y);
  }
  /** Key by key, as a user types. */
  async type(text: string): Promise<void> {
    await this.input.keyboard.type(text, { delay: 4 });
  }
}
