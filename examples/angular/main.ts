// JIT for this no-build example; an Angular CLI app compiles ahead of time and
// leaves this import out.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { HelpPageComponent } from './help-page.component.js';

await bootstrapApplication(HelpPageComponent, { providers: [provideZonelessChangeDetection()] });
