/** Registers every element under its `sa-` tag. Safe to import twice. */
import './quick-exit/define.js';
